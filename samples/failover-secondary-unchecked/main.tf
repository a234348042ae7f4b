# dr-components-per-region and the textbook active-passive pair: a
# PRIMARY failover record with a health check and a SECONDARY with none
# (Route 53 needs none on the secondary). Before, only health-checked
# records joined regions, so the pair joined one region, the plan had "no
# DR topology", and the query skipped, hiding that neither region has an
# alarm. Routed record sets now join the regions they point at whether
# checked or not; dns passes (the PRIMARY is checked), and monitoring
# fails. samples/latency-no-health-checks is a set with no check at all.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}
provider "aws" {
  alias = "a"
  region = "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
provider "aws" {
  alias = "b"
  region = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
variable "with_standby_targets" {
  type    = bool
  default = true
}
module "a" {
  source      = "./region"
  providers   = { aws = aws.a }
  cidr        = "10.0.0.0/16"
  azs         = ["us-east-1a", "us-east-1b"]
  with_asg    = true
}
module "b" {
  source      = "./region"
  providers   = { aws = aws.b }
  cidr        = "10.1.0.0/16"
  azs         = ["us-west-2a", "us-west-2b"]
  with_asg    = var.with_standby_targets
}
# the records and the health check find the load balancers through data "aws_lb" by ARN
resource "aws_route53_health_check" "a" {
  provider          = aws.a
  fqdn              = module.a.alb_dns_name
  port              = 80
  type              = "HTTP"
  resource_path     = "/"
  failure_threshold = 3
}
resource "aws_route53_record" "primary" {
  provider        = aws.a
  zone_id         = "Z0123456789ABCDEFGHIJ"
  name            = "app.probe-n.net"
  type            = "A"
  set_identifier  = "primary"
  health_check_id = aws_route53_health_check.a.id
  failover_routing_policy { type = "PRIMARY" }
  alias {
    name                   = module.a.alb_dns_name
    zone_id                = module.a.alb_zone_id
    evaluate_target_health = true
  }
}
resource "aws_route53_record" "secondary" {
  provider       = aws.a
  zone_id        = "Z0123456789ABCDEFGHIJ"
  name           = "app.probe-n.net"
  type           = "A"
  set_identifier = "secondary"
  failover_routing_policy { type = "SECONDARY" }
  alias {
    name                   = module.b.alb_dns_name
    zone_id                = module.b.alb_zone_id
    evaluate_target_health = false
  }
}
