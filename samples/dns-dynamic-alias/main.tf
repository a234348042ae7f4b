# failover-records-health-checked on failover aliases to each region's
# load balancer with evaluate_target_health, written in `dynamic "alias"`
# blocks (terraform-aws-modules/route53's records module writes every
# alias so). Plan JSON records no expression of a dynamic block: the
# aliases' targets are known only after apply and leave no reference. A
# record that evaluates its target's health may then be an alias to a
# load balancer, which needs no health check: the set is unknown, not a
# failure ("routes traffic with no health_check_id"). The same records
# with static alias blocks pass (samples/failover-target-health).
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
  name               = "app-east"
  load_balancer_type = "application"
  subnets            = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
}

resource "aws_lb" "west" {
  provider           = aws.west
  name               = "app-west"
  load_balancer_type = "application"
  subnets            = ["subnet-0a1b2c3d4e5f60003", "subnet-0a1b2c3d4e5f60004"]
}

resource "aws_route53_zone" "shop" {
  name = "shop.internal-test.net"
}

locals {
  records = {
    east = { role = "PRIMARY", dns = aws_lb.east.dns_name, zone = aws_lb.east.zone_id }
    west = { role = "SECONDARY", dns = aws_lb.west.dns_name, zone = aws_lb.west.zone_id }
  }
}

resource "aws_route53_record" "app" {
  for_each       = local.records
  zone_id        = aws_route53_zone.shop.zone_id
  name           = "app.shop.internal-test.net"
  type           = "A"
  set_identifier = each.key

  dynamic "alias" {
    for_each = [each.value]
    content {
      name                   = alias.value.dns
      zone_id                = alias.value.zone
      evaluate_target_health = true
    }
  }

  dynamic "failover_routing_policy" {
    for_each = [each.value.role]
    content {
      type = failover_routing_policy.value
    }
  }
}
