# failover-records-health-checked on records whose zone_id is a local
# that picks the zone the root creates or one it looks up (as two
# mzazon/awesome-cloud-projects recipes write it). Plan JSON does not
# describe the local, so which zone it is stays unknown without the
# terraform graph; but records whose zone_id reads the same local are in
# one zone, whichever it is, and form one set with their name and type:
# - app CNAME: two weighted records, both with a health check: passes;
# - api CNAME: a failover pair whose PRIMARY has no health check: fails
#   (it was two unknown subjects, one per record, and the run passed).
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

variable "create_zone" {
  type    = bool
  default = true
}

variable "zone_id" {
  type    = string
  default = ""
}

resource "aws_route53_zone" "main" {
  count = var.create_zone ? 1 : 0
  name  = "shop.internal-test.net"
}

data "aws_route53_zone" "existing" {
  count   = var.create_zone ? 0 : 1
  zone_id = var.zone_id
}

locals {
  zone_id = var.create_zone ? aws_route53_zone.main[0].zone_id : data.aws_route53_zone.existing[0].zone_id
}

resource "aws_route53_health_check" "origin" {
  for_each          = toset(["a", "b", "east"])
  fqdn              = "${each.key}.origin.internal-test.net"
  port              = 443
  type              = "HTTPS"
  resource_path     = "/health"
  failure_threshold = 3
}

resource "aws_route53_record" "app_a" {
  zone_id         = local.zone_id
  name            = "app.shop.internal-test.net"
  type            = "CNAME"
  ttl             = 60
  set_identifier  = "a"
  health_check_id = aws_route53_health_check.origin["a"].id
  records         = ["a.origin.internal-test.net"]
  weighted_routing_policy {
    weight = 100
  }
}

resource "aws_route53_record" "app_b" {
  zone_id         = local.zone_id
  name            = "app.shop.internal-test.net"
  type            = "CNAME"
  ttl             = 60
  set_identifier  = "b"
  health_check_id = aws_route53_health_check.origin["b"].id
  records         = ["b.origin.internal-test.net"]
  weighted_routing_policy {
    weight = 50
  }
}

resource "aws_route53_record" "api_primary" {
  zone_id        = local.zone_id
  name           = "api.shop.internal-test.net"
  type           = "CNAME"
  ttl            = 60
  set_identifier = "east"
  records        = ["east.origin.internal-test.net"]
  failover_routing_policy {
    type = "PRIMARY"
  }
}

resource "aws_route53_record" "api_secondary" {
  zone_id         = local.zone_id
  name            = "api.shop.internal-test.net"
  type            = "CNAME"
  ttl             = 60
  set_identifier  = "west"
  health_check_id = aws_route53_health_check.origin["east"].id
  records         = ["west.origin.internal-test.net"]
  failover_routing_policy {
    type = "SECONDARY"
  }
}
