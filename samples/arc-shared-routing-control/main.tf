# health-check-meaningful and Route 53 ARC routing controls. A
# RECOVERY_CONTROL check is healthy while its routing control is On. The
# api failover set gives each record the check of its own cell's control:
# both checks pass. The www set's SECONDARY was given the PRIMARY's check
# (as a copy-paste of aws-samples' ARC root would): turning cell 1 off
# turns both records off, Route 53 keeps answering with the PRIMARY, and
# failover through ARC never happens. That check fails (it passed before);
# a second check on the same control would fail alike. The pay set's
# SECONDARY reads the PRIMARY's control through an inverted check
# (invert_healthcheck): one switch, always opposite, and failover works:
# both pass.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_route53recoverycontrolconfig_cluster" "arc" {
  name = "shop-arc"
}

resource "aws_route53recoverycontrolconfig_control_panel" "arc" {
  name        = "shop-panel"
  cluster_arn = aws_route53recoverycontrolconfig_cluster.arc.arn
}

resource "aws_route53recoverycontrolconfig_routing_control" "cell" {
  for_each          = toset(["api-east", "api-west", "www-east", "www-west", "pay"])
  name              = each.key
  cluster_arn       = aws_route53recoverycontrolconfig_cluster.arc.arn
  control_panel_arn = aws_route53recoverycontrolconfig_control_panel.arc.arn
}

resource "aws_route53_health_check" "cell" {
  for_each            = aws_route53recoverycontrolconfig_routing_control.cell
  type                = "RECOVERY_CONTROL"
  routing_control_arn = each.value.arn
}

resource "aws_route53_zone" "shop" {
  name = "shop.example.com"
}

resource "aws_route53_record" "api_primary" {
  zone_id         = aws_route53_zone.shop.zone_id
  name            = "api.shop.example.com"
  type            = "A"
  ttl             = 60
  records         = ["192.0.2.10"]
  set_identifier  = "api-east"
  health_check_id = aws_route53_health_check.cell["api-east"].id
  failover_routing_policy {
    type = "PRIMARY"
  }
}

resource "aws_route53_record" "api_secondary" {
  zone_id         = aws_route53_zone.shop.zone_id
  name            = "api.shop.example.com"
  type            = "A"
  ttl             = 60
  records         = ["198.51.100.10"]
  set_identifier  = "api-west"
  health_check_id = aws_route53_health_check.cell["api-west"].id
  failover_routing_policy {
    type = "SECONDARY"
  }
}

resource "aws_route53_record" "www_primary" {
  zone_id         = aws_route53_zone.shop.zone_id
  name            = "www.shop.example.com"
  type            = "A"
  ttl             = 60
  records         = ["192.0.2.20"]
  set_identifier  = "www-east"
  health_check_id = aws_route53_health_check.cell["www-east"].id
  failover_routing_policy {
    type = "PRIMARY"
  }
}

resource "aws_route53_record" "www_secondary" {
  zone_id         = aws_route53_zone.shop.zone_id
  name            = "www.shop.example.com"
  type            = "A"
  ttl             = 60
  records         = ["198.51.100.20"]
  set_identifier  = "www-west"
  health_check_id = aws_route53_health_check.cell["www-east"].id # wrong: the PRIMARY's control
  failover_routing_policy {
    type = "SECONDARY"
  }
}

resource "aws_route53_health_check" "pay_standby" {
  type                = "RECOVERY_CONTROL"
  routing_control_arn = aws_route53recoverycontrolconfig_routing_control.cell["pay"].arn
  invert_healthcheck  = true
}

resource "aws_route53_record" "pay_primary" {
  zone_id         = aws_route53_zone.shop.zone_id
  name            = "pay.shop.example.com"
  type            = "A"
  ttl             = 60
  records         = ["192.0.2.30"]
  set_identifier  = "pay-east"
  health_check_id = aws_route53_health_check.cell["pay"].id
  failover_routing_policy {
    type = "PRIMARY"
  }
}

resource "aws_route53_record" "pay_secondary" {
  zone_id         = aws_route53_zone.shop.zone_id
  name            = "pay.shop.example.com"
  type            = "A"
  ttl             = 60
  records         = ["198.51.100.30"]
  set_identifier  = "pay-west"
  health_check_id = aws_route53_health_check.pay_standby.id
  failover_routing_policy {
    type = "SECONDARY"
  }
}
