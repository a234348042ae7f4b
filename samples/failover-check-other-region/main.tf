# failover-records-health-checked: a record's health check must probe what
# the record routes to. Route 53 fails a PRIMARY over only when its own
# check fails:
# - api: the PRIMARY aliases us-east-1's load balancer, but its check
#   probes us-west-2's; the set fails (it passed): Route 53 would fail it
#   over when us-west-2 fails, and never when us-east-1 does;
# - app: the PRIMARY's check probes us-east-1's load balancer, which the
#   record aliases; it passes;
# - web: the PRIMARY's check probes a regional record's name (a record is
#   in every region, whatever its provider's): it passes.
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

provider "aws" {
  alias                       = "west"
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_lb" "east" {
  name    = "app-east"
  subnets = ["subnet-0aaaaaaaaaaaaaaa1", "subnet-0aaaaaaaaaaaaaaa2"]
}

resource "aws_lb" "west" {
  provider = aws.west
  name     = "app-west"
  subnets  = ["subnet-0bbbbbbbbbbbbbbb1", "subnet-0bbbbbbbbbbbbbbb2"]
}

resource "aws_route53_zone" "main" {
  name = "acme-corp.net"
}

resource "aws_route53_health_check" "west" {
  fqdn              = aws_lb.west.dns_name
  port              = 443
  type              = "HTTPS"
  resource_path     = "/health"
  failure_threshold = 3
  request_interval  = 30
}

resource "aws_route53_health_check" "east" {
  fqdn              = aws_lb.east.dns_name
  port              = 443
  type              = "HTTPS"
  resource_path     = "/health"
  failure_threshold = 3
  request_interval  = 30
}

resource "aws_route53_record" "east_regional" {
  zone_id = aws_route53_zone.main.zone_id
  name    = "east.acme-corp.net"
  type    = "A"
  alias {
    name                   = aws_lb.east.dns_name
    zone_id                = aws_lb.east.zone_id
    evaluate_target_health = false
  }
}

resource "aws_route53_health_check" "east_name" {
  fqdn              = aws_route53_record.east_regional.fqdn
  port              = 443
  type              = "HTTPS"
  resource_path     = "/health"
  failure_threshold = 3
  request_interval  = 30
}

resource "aws_route53_record" "api_primary" {
  zone_id         = aws_route53_zone.main.zone_id
  name            = "api.acme-corp.net"
  type            = "A"
  set_identifier  = "primary"
  health_check_id = aws_route53_health_check.west.id
  failover_routing_policy {
    type = "PRIMARY"
  }
  alias {
    name                   = aws_lb.east.dns_name
    zone_id                = aws_lb.east.zone_id
    evaluate_target_health = false
  }
}

resource "aws_route53_record" "api_secondary" {
  zone_id        = aws_route53_zone.main.zone_id
  name           = "api.acme-corp.net"
  type           = "A"
  set_identifier = "secondary"
  failover_routing_policy {
    type = "SECONDARY"
  }
  alias {
    name                   = aws_lb.west.dns_name
    zone_id                = aws_lb.west.zone_id
    evaluate_target_health = false
  }
}

resource "aws_route53_record" "app_primary" {
  zone_id         = aws_route53_zone.main.zone_id
  name            = "app.acme-corp.net"
  type            = "A"
  set_identifier  = "primary"
  health_check_id = aws_route53_health_check.east.id
  failover_routing_policy {
    type = "PRIMARY"
  }
  alias {
    name                   = aws_lb.east.dns_name
    zone_id                = aws_lb.east.zone_id
    evaluate_target_health = false
  }
}

resource "aws_route53_record" "app_secondary" {
  zone_id        = aws_route53_zone.main.zone_id
  name           = "app.acme-corp.net"
  type           = "A"
  set_identifier = "secondary"
  failover_routing_policy {
    type = "SECONDARY"
  }
  alias {
    name                   = aws_lb.west.dns_name
    zone_id                = aws_lb.west.zone_id
    evaluate_target_health = false
  }
}

resource "aws_route53_record" "web_primary" {
  zone_id         = aws_route53_zone.main.zone_id
  name            = "web.acme-corp.net"
  type            = "A"
  set_identifier  = "primary"
  health_check_id = aws_route53_health_check.east_name.id
  failover_routing_policy {
    type = "PRIMARY"
  }
  alias {
    name                   = aws_lb.east.dns_name
    zone_id                = aws_lb.east.zone_id
    evaluate_target_health = false
  }
}

resource "aws_route53_record" "web_secondary" {
  zone_id        = aws_route53_zone.main.zone_id
  name           = "web.acme-corp.net"
  type           = "A"
  set_identifier = "secondary"
  failover_routing_policy {
    type = "SECONDARY"
  }
  alias {
    name                   = aws_lb.west.dns_name
    zone_id                = aws_lb.west.zone_id
    evaluate_target_health = false
  }
}
