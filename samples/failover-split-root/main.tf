# failover-records-health-checked with one root per region: this root makes
# the SECONDARY record of a failover set in an existing hosted zone (a
# literal zone id), and the primary region's root makes the PRIMARY (as
# MichaelOppong731/Pilot-Light-DR does). Before, the set failed "0 PRIMARY
# and 1 SECONDARY records". A SECONDARY alone, in a zone this plan does
# not manage, may have its PRIMARY in another configuration: unknown,
# saying so. `app2`, whose zone this plan makes, keeps its failure: the
# plan holds every record of a zone it manages. (A PRIMARY alone still
# fails: it has nowhere to fail over to.)
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}
provider "aws" {
  region                      = "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
# DR root of a split design: the PRIMARY record lives in the primary root's state;
# the hosted zone already exists (not managed here).
resource "aws_route53_health_check" "dr" {
  fqdn              = "dr-alb.example.net"
  port              = 443
  type              = "HTTPS"
  resource_path     = "/"
  failure_threshold = 3
  request_interval  = 30
}
resource "aws_route53_record" "secondary" {
  zone_id         = "Z0123456789ABCDEFGHIJ"
  name            = "app.drproject.site"
  type            = "CNAME"
  ttl             = 60
  records         = ["dr-alb.example.net"]
  set_identifier  = "SECONDARY-alb"
  health_check_id = aws_route53_health_check.dr.id
  failover_routing_policy { type = "SECONDARY" }
}

resource "aws_route53_zone" "own" {
  name = "own.example.org"
}

resource "aws_route53_record" "app2_secondary" {
  zone_id         = aws_route53_zone.own.zone_id
  name            = "app2"
  type            = "CNAME"
  ttl             = 60
  records         = ["standby.own.example.org"]
  set_identifier  = "secondary"
  failover_routing_policy {
    type = "SECONDARY"
  }
}
