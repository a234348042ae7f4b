# failover-records-health-checked on the primary region's root of a
# design with one root per region (seolhyebom/megaticket: seoul/ makes
# the PRIMARY, tokyo/ the SECONDARY, in a hosted zone neither manages).
# This plan is of one region and makes only the PRIMARY: whether the
# SECONDARY exists the plan cannot tell, so the set is unknown, as the DR
# root's SECONDARY alone is (it failed, "1 PRIMARY and 0 SECONDARY").
# A PRIMARY alone in a plan that also spans its DR region still fails
# (tests/realworld/single-region-alb-private-subnets).
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  region                      = "ap-northeast-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_route53_health_check" "api" {
  ip_address        = "203.0.113.10"
  port              = 443
  type              = "HTTPS"
  resource_path     = "/api/health"
  failure_threshold = 3
  request_interval  = 30
}

resource "aws_route53_record" "api" {
  zone_id         = "Z02745862QYUFMC87Y6RJ"
  name            = "api.megaticket.click"
  type            = "A"
  ttl             = 60
  records         = ["203.0.113.10"]
  set_identifier  = "api-primary"
  health_check_id = aws_route53_health_check.api.id
  failover_routing_policy {
    type = "PRIMARY"
  }
}

# A PRIMARY with no health check fails whatever the other half: Route 53
# keeps sending traffic to it when it is down.
resource "aws_route53_record" "www" {
  zone_id        = "Z02745862QYUFMC87Y6RJ"
  name           = "www.megaticket.click"
  type           = "A"
  ttl            = 60
  records        = ["203.0.113.11"]
  set_identifier = "www-primary"
  failover_routing_policy {
    type = "PRIMARY"
  }
}
