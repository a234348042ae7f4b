# failover-records-health-checked on CNAME records at a zone's apex.
# Route 53 refuses a CNAME whose name is the zone's own (it would share
# its name with the zone's SOA and NS records), so such a failover set is
# never made, however well it is health-checked.
# - app.example.org CNAME (the apex, written as the zone's name): fails;
# - status.example.net CNAME (the apex, written as ""): fails;
# - app.example.org A (the apex, addresses) and www.app.example.org CNAME
#   (below the apex): pass.
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

resource "aws_route53_zone" "app" {
  name = "app.example.org"
}

resource "aws_route53_zone" "status" {
  name = "status.example.net"
}

resource "aws_route53_health_check" "primary" {
  fqdn              = "primary.app.example.org"
  port              = 443
  type              = "HTTPS"
  resource_path     = "/health"
  failure_threshold = 3
  request_interval  = 30
}

resource "aws_route53_record" "apex_cname_primary" {
  zone_id         = aws_route53_zone.app.zone_id
  name            = "app.example.org"
  type            = "CNAME"
  ttl             = 60
  records         = ["primary.app.example.org"]
  set_identifier  = "primary"
  health_check_id = aws_route53_health_check.primary.id
  failover_routing_policy {
    type = "PRIMARY"
  }
}

resource "aws_route53_record" "apex_cname_secondary" {
  zone_id        = aws_route53_zone.app.zone_id
  name           = "app.example.org"
  type           = "CNAME"
  ttl            = 60
  records        = ["secondary.app.example.org"]
  set_identifier = "secondary"
  failover_routing_policy {
    type = "SECONDARY"
  }
}

resource "aws_route53_record" "status_primary" {
  zone_id         = aws_route53_zone.status.zone_id
  name            = ""
  type            = "CNAME"
  ttl             = 60
  records         = ["primary.app.example.org"]
  set_identifier  = "primary"
  health_check_id = aws_route53_health_check.primary.id
  failover_routing_policy {
    type = "PRIMARY"
  }
}

resource "aws_route53_record" "status_secondary" {
  zone_id        = aws_route53_zone.status.zone_id
  name           = ""
  type           = "CNAME"
  ttl            = 60
  records        = ["secondary.app.example.org"]
  set_identifier = "secondary"
  failover_routing_policy {
    type = "SECONDARY"
  }
}

resource "aws_route53_record" "apex_a_primary" {
  zone_id         = aws_route53_zone.app.zone_id
  name            = "app.example.org"
  type            = "A"
  ttl             = 60
  records         = ["192.0.2.10"]
  set_identifier  = "primary"
  health_check_id = aws_route53_health_check.primary.id
  failover_routing_policy {
    type = "PRIMARY"
  }
}

resource "aws_route53_record" "apex_a_secondary" {
  zone_id        = aws_route53_zone.app.zone_id
  name           = "app.example.org"
  type           = "A"
  ttl            = 60
  records        = ["198.51.100.10"]
  set_identifier = "secondary"
  failover_routing_policy {
    type = "SECONDARY"
  }
}

resource "aws_route53_record" "www_primary" {
  zone_id         = aws_route53_zone.app.zone_id
  name            = "www"
  type            = "CNAME"
  ttl             = 60
  records         = ["primary.app.example.org"]
  set_identifier  = "primary"
  health_check_id = aws_route53_health_check.primary.id
  failover_routing_policy {
    type = "PRIMARY"
  }
}

resource "aws_route53_record" "www_secondary" {
  zone_id        = aws_route53_zone.app.zone_id
  name           = "www"
  type           = "CNAME"
  ttl            = 60
  records        = ["secondary.app.example.org"]
  set_identifier = "secondary"
  failover_routing_policy {
    type = "SECONDARY"
  }
}
