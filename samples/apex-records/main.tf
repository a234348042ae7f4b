# Records at a zone's apex written with an empty name, as
# mineiros-io/route53 writes them (`name = try(record.name, "")`): the AWS
# provider makes "" the zone's own name. plangraph named them ".shop-demo.net",
# so the PRIMARY written "" and the SECONDARY written "shop-demo.net" were
# two failover sets of one role each (two false failures of
# failover-records-health-checked), the certificate for shop-demo.net did
# not cover ".shop-demo.net" (a false failure of certificate-covers-host),
# and the health check probing shop-demo.net, the name its own record
# answers for, passed. Now the set is one and passes, the certificate
# covers the apex, and the check fails: it would follow the failover to
# the secondary and flap.
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

resource "aws_vpc" "web" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "public" {
  count             = 2
  vpc_id            = aws_vpc.web.id
  cidr_block        = cidrsubnet("10.0.0.0/16", 8, count.index)
  availability_zone = ["us-east-1a", "us-east-1b"][count.index]
}

resource "aws_lb" "web" {
  name    = "web"
  subnets = aws_subnet.public[*].id
}

resource "aws_acm_certificate" "apex" {
  domain_name       = "shop-demo.net"
  validation_method = "DNS"
}

resource "aws_lb_target_group" "web" {
  name     = "web"
  port     = 80
  protocol = "HTTP"
  vpc_id   = aws_vpc.web.id
}

resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  certificate_arn   = aws_acm_certificate.apex.arn
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}

resource "aws_route53_zone" "shop" {
  name = "shop-demo.net"
}

resource "aws_route53_health_check" "primary" {
  type              = "HTTPS"
  fqdn              = "shop-demo.net" # the failover name itself
  port              = 443
  resource_path     = "/health"
  failure_threshold = 3
  request_interval  = 30
}

resource "aws_route53_record" "primary" {
  zone_id         = aws_route53_zone.shop.zone_id
  name            = ""
  type            = "A"
  set_identifier  = "primary"
  health_check_id = aws_route53_health_check.primary.id
  alias {
    name                   = aws_lb.web.dns_name
    zone_id                = aws_lb.web.zone_id
    evaluate_target_health = true
  }
  failover_routing_policy {
    type = "PRIMARY"
  }
}

resource "aws_route53_record" "secondary" {
  zone_id        = aws_route53_zone.shop.zone_id
  name           = "shop-demo.net"
  type           = "A"
  ttl            = 60
  records        = ["198.51.100.20"]
  set_identifier = "secondary"
  failover_routing_policy {
    type = "SECONDARY"
  }
}
