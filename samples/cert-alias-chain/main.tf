# certificate-covers-host through a chain of aliases. The public name
# app.acmecorp.net fails over between the regional names app-east and
# app-west, each an alias of its region's load balancer. A client opens TLS
# with the name it asked for, app.acmecorp.net, whatever aliases DNS
# followed: the east listener's certificate covers only app-east, so it
# fails (it passed: only records aliasing the load balancer itself were
# read); the west certificate also names app.acmecorp.net, and passes.
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
  name = "acmecorp.net"
}

# --- us-east-1
resource "aws_lb" "east" {
  name               = "app-east"
  load_balancer_type = "application"
  subnets            = ["subnet-0east00000000001", "subnet-0east00000000002"]
}

resource "aws_lb_target_group" "east" {
  name     = "app-east"
  port     = 80
  protocol = "HTTP"
  vpc_id   = "vpc-0east0000000001"
}

resource "aws_acm_certificate" "east" {
  domain_name       = "app-east.acmecorp.net"
  validation_method = "DNS"
}

resource "aws_lb_listener" "east" {
  load_balancer_arn = aws_lb.east.arn
  port              = 443
  protocol          = "HTTPS"
  certificate_arn   = aws_acm_certificate.east.arn
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.east.arn
  }
}

# --- us-west-2
resource "aws_lb" "west" {
  provider           = aws.west
  name               = "app-west"
  load_balancer_type = "application"
  subnets            = ["subnet-0west00000000001", "subnet-0west00000000002"]
}

resource "aws_lb_target_group" "west" {
  provider = aws.west
  name     = "app-west"
  port     = 80
  protocol = "HTTP"
  vpc_id   = "vpc-0west0000000001"
}

resource "aws_acm_certificate" "west" {
  provider                  = aws.west
  domain_name               = "app-west.acmecorp.net"
  subject_alternative_names = ["app.acmecorp.net"]
  validation_method         = "DNS"
}

resource "aws_lb_listener" "west" {
  provider          = aws.west
  load_balancer_arn = aws_lb.west.arn
  port              = 443
  protocol          = "HTTPS"
  certificate_arn   = aws_acm_certificate.west.arn
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.west.arn
  }
}

# --- DNS: regional names alias the ALBs; the public name fails over between them
resource "aws_route53_record" "east" {
  zone_id = aws_route53_zone.main.zone_id
  name    = "app-east.acmecorp.net"
  type    = "A"
  alias {
    name                   = aws_lb.east.dns_name
    zone_id                = aws_lb.east.zone_id
    evaluate_target_health = true
  }
}

resource "aws_route53_record" "west" {
  zone_id = aws_route53_zone.main.zone_id
  name    = "app-west.acmecorp.net"
  type    = "A"
  alias {
    name                   = aws_lb.west.dns_name
    zone_id                = aws_lb.west.zone_id
    evaluate_target_health = true
  }
}

resource "aws_route53_record" "app_primary" {
  zone_id        = aws_route53_zone.main.zone_id
  name           = "app.acmecorp.net"
  type           = "A"
  set_identifier = "primary"
  failover_routing_policy { type = "PRIMARY" }
  alias {
    name                   = aws_route53_record.east.fqdn
    zone_id                = aws_route53_zone.main.zone_id
    evaluate_target_health = true
  }
}

resource "aws_route53_record" "app_secondary" {
  zone_id        = aws_route53_zone.main.zone_id
  name           = "app.acmecorp.net"
  type           = "A"
  set_identifier = "secondary"
  failover_routing_policy { type = "SECONDARY" }
  alias {
    name                   = aws_route53_record.west.fqdn
    zone_id                = aws_route53_zone.main.zone_id
    evaluate_target_health = true
  }
}
