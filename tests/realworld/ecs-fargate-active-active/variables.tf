variable "route53_hosted_zone_id" {
}
