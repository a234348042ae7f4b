# Failover records that alias per-region records, which alias each
# region's load balancer (the alias chain many DNS layouts write: one name
# per region, and the public name routed over them). A record that
# aliases another record of its zone with evaluate_target_health inherits
# that record's health (Route 53's AliasTarget), so the `api` set, whose
# per-region records evaluate their load balancer's target health, is
# withheld in the region whose targets are down: failover-records-health-
# checked passes, and dr-components-per-region joins the two regions
# through it (dns passes; monitoring fails: no alarm). The `web` set's
# per-region records do not evaluate target health and have no health
# check: nothing tells Route 53 a region is down, and the set fails.
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

resource "aws_route53_zone" "main" {
  name = "example.org"
}

module "east" {
  source = "./modules/region"
  name   = "east"
}

module "west" {
  source    = "./modules/region"
  providers = { aws = aws.west }
  name      = "west"
}

# One name per region, aliasing the region's load balancer.
resource "aws_route53_record" "api_east" {
  zone_id = aws_route53_zone.main.zone_id
  name    = "api-east.example.org"
  type    = "A"
  alias {
    name                   = module.east.lb_dns_name
    zone_id                = module.east.lb_zone_id
    evaluate_target_health = true
  }
}

resource "aws_route53_record" "api_west" {
  zone_id = aws_route53_zone.main.zone_id
  name    = "api-west.example.org"
  type    = "A"
  alias {
    name                   = module.west.lb_dns_name
    zone_id                = module.west.lb_zone_id
    evaluate_target_health = true
  }
}

resource "aws_route53_record" "web_east" {
  zone_id = aws_route53_zone.main.zone_id
  name    = "web-east.example.org"
  type    = "A"
  alias {
    name                   = module.east.lb_dns_name
    zone_id                = module.east.lb_zone_id
    evaluate_target_health = false
  }
}

resource "aws_route53_record" "web_west" {
  zone_id = aws_route53_zone.main.zone_id
  name    = "web-west.example.org"
  type    = "A"
  alias {
    name                   = module.west.lb_dns_name
    zone_id                = module.west.lb_zone_id
    evaluate_target_health = false
  }
}

# The public names, failing over between the per-region names.
resource "aws_route53_record" "api_primary" {
  zone_id        = aws_route53_zone.main.zone_id
  name           = "api.example.org"
  type           = "A"
  set_identifier = "primary"
  failover_routing_policy {
    type = "PRIMARY"
  }
  alias {
    name                   = aws_route53_record.api_east.name
    zone_id                = aws_route53_record.api_east.zone_id
    evaluate_target_health = true
  }
}

resource "aws_route53_record" "api_secondary" {
  zone_id        = aws_route53_zone.main.zone_id
  name           = "api.example.org"
  type           = "A"
  set_identifier = "secondary"
  failover_routing_policy {
    type = "SECONDARY"
  }
  alias {
    name                   = aws_route53_record.api_west.name
    zone_id                = aws_route53_record.api_west.zone_id
    evaluate_target_health = true
  }
}

resource "aws_route53_record" "web_primary" {
  zone_id        = aws_route53_zone.main.zone_id
  name           = "web.example.org"
  type           = "A"
  set_identifier = "primary"
  failover_routing_policy {
    type = "PRIMARY"
  }
  alias {
    name                   = aws_route53_record.web_east.name
    zone_id                = aws_route53_record.web_east.zone_id
    evaluate_target_health = true
  }
}

resource "aws_route53_record" "web_secondary" {
  zone_id        = aws_route53_zone.main.zone_id
  name           = "web.example.org"
  type           = "A"
  set_identifier = "secondary"
  failover_routing_policy {
    type = "SECONDARY"
  }
  alias {
    name                   = aws_route53_record.web_west.name
    zone_id                = aws_route53_record.web_west.zone_id
    evaluate_target_health = true
  }
}
