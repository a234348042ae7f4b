# offline: route53_hosted_zone_id has no default upstream (set in the author's
# environment); a placeholder zone id
route53_hosted_zone_id = "Z0123456789ABCDEFGHIJ"
