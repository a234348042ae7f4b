/* Data sources */
# offline: data "aws_route53_zone" "demo_domain" (Route 53 at plan time, name = "${var.demo_domain}.")
# replaced by local.offline_demo_domain_zone_id, a made-up hosted zone id; route53.tf reads it
locals {
  offline_demo_domain_zone_id = "Z0123456789ABCDEFGHIJ"
}
