# A data source that looks up a managed resource of the plan by its
# identity: each region's records and health check reach the load balancer
# through `data "aws_lb"` read by the managed ALB's ARN (as
# MarinTenkai/Pilot-Light-DR-AWS-Solution does). Before, references
# stopped at the data source: health-check-meaningful passed an HTTPS:443
# check of an ALB that listens on 80 only, and lb-has-targets had no
# subject. A data source whose arn, id or name argument names one managed
# resource of its own type reads that resource: the check fails, and the
# standby ALB with no target fails lb-has-targets.
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
  default = false
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
data "aws_lb" "a" {
  provider = aws.a
  arn      = module.a.alb_arn
}
data "aws_lb" "b" {
  provider = aws.b
  arn      = module.b.alb_arn
}
resource "aws_route53_health_check" "a" {
  provider          = aws.a
  fqdn              = data.aws_lb.a.dns_name
  port              = 443          # no listener on 443: the ALB only listens on 80
  type              = "HTTPS"
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
    name                   = data.aws_lb.a.dns_name
    zone_id                = data.aws_lb.a.zone_id
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
    name                   = data.aws_lb.b.dns_name
    zone_id                = data.aws_lb.b.zone_id
    evaluate_target_health = false
  }
}
