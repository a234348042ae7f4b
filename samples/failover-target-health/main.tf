# failover-records-health-checked on aliases that evaluate target health.
# The weighted set app.shop.example.net sends half its traffic to each
# region's load balancer, through aliases with evaluate_target_health and
# no health_check_id: Route 53 withholds a record whose load balancer has
# no healthy target, which is what a health check would tell it, and the
# set passes. The failover set api.shop.example.net has a PRIMARY alias to
# an API Gateway domain with evaluate_target_health: that reflects only
# API Gateway's regional health, not the application's, so the PRIMARY
# needs a health check and the set fails.
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

resource "aws_route53_zone" "shop" {
  name = "shop.example.net"
}

resource "aws_lb" "east" {
  name    = "shop-east"
  subnets = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
}

resource "aws_lb" "west" {
  provider = aws.west
  name     = "shop-west"
  subnets  = ["subnet-0123456789abcdef2", "subnet-0123456789abcdef3"]
}

resource "aws_route53_record" "app_east" {
  zone_id        = aws_route53_zone.shop.zone_id
  name           = "app.shop.example.net"
  type           = "A"
  set_identifier = "east"
  weighted_routing_policy {
    weight = 50
  }
  alias {
    name                   = aws_lb.east.dns_name
    zone_id                = aws_lb.east.zone_id
    evaluate_target_health = true
  }
}

resource "aws_route53_record" "app_west" {
  zone_id        = aws_route53_zone.shop.zone_id
  name           = "app.shop.example.net"
  type           = "A"
  set_identifier = "west"
  weighted_routing_policy {
    weight = 50
  }
  alias {
    name                   = aws_lb.west.dns_name
    zone_id                = aws_lb.west.zone_id
    evaluate_target_health = true
  }
}

resource "aws_api_gateway_domain_name" "east" {
  domain_name              = "api.shop.example.net"
  regional_certificate_arn = "arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-0000-4000-8000-000000000001"
  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

resource "aws_api_gateway_domain_name" "west" {
  provider                 = aws.west
  domain_name              = "api.shop.example.net"
  regional_certificate_arn = "arn:aws:acm:us-west-2:123456789012:certificate/0a1b2c3d-0000-4000-8000-000000000002"
  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

resource "aws_route53_record" "api_primary" {
  zone_id        = aws_route53_zone.shop.zone_id
  name           = "api.shop.example.net"
  type           = "A"
  set_identifier = "east"
  failover_routing_policy {
    type = "PRIMARY"
  }
  alias {
    name                   = aws_api_gateway_domain_name.east.regional_domain_name
    zone_id                = aws_api_gateway_domain_name.east.regional_zone_id
    evaluate_target_health = true
  }
}

resource "aws_route53_record" "api_secondary" {
  zone_id        = aws_route53_zone.shop.zone_id
  name           = "api.shop.example.net"
  type           = "A"
  set_identifier = "west"
  failover_routing_policy {
    type = "SECONDARY"
  }
  alias {
    name                   = aws_api_gateway_domain_name.west.regional_domain_name
    zone_id                = aws_api_gateway_domain_name.west.regional_zone_id
    evaluate_target_health = true
  }
}
