# certificate-covers-host on listeners whose certificate_arn is a
# conditional between two certificates, of which plan JSON gives both. A
# host only the certificate of one branch covers may be served by the
# other:
# - "apex" chooses between *.shop.example.org and a certificate of the
#   apex and its wildcard, and serves the apex: unknown (it passed, as if
#   the listener served both);
# - "www" chooses between the same two, and serves www: either covers it,
#   it passes;
# - "api" chooses between two certificates of other names, and serves
#   api: neither covers it, it fails.
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

variable "use_wildcard" {
  type    = bool
  default = true
}

locals {
  sites = { apex = "shop.example.org", www = "www.shop.example.org", api = "api.shop.example.org" }
}

resource "aws_route53_zone" "shop" {
  name = "shop.example.org"
}

resource "aws_acm_certificate" "apex" {
  domain_name               = "shop.example.org"
  subject_alternative_names = ["*.shop.example.org"]
  validation_method         = "DNS"
}

resource "aws_acm_certificate" "wildcard" {
  domain_name       = "*.shop.example.org"
  validation_method = "DNS"
}

resource "aws_acm_certificate" "status" {
  domain_name       = "status.shop.example.org"
  validation_method = "DNS"
}

resource "aws_acm_certificate" "docs" {
  domain_name       = "docs.shop.example.org"
  validation_method = "DNS"
}

resource "aws_lb" "site" {
  for_each = local.sites
  name     = each.key
  subnets  = ["subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788"]
}

resource "aws_lb_listener" "apex" {
  load_balancer_arn = aws_lb.site["apex"].arn
  port              = 443
  protocol          = "HTTPS"
  certificate_arn   = var.use_wildcard ? aws_acm_certificate.wildcard.arn : aws_acm_certificate.apex.arn
  default_action {
    type = "fixed-response"
    fixed_response {
      content_type = "text/plain"
      status_code  = "200"
    }
  }
}

resource "aws_lb_listener" "www" {
  load_balancer_arn = aws_lb.site["www"].arn
  port              = 443
  protocol          = "HTTPS"
  certificate_arn   = var.use_wildcard ? aws_acm_certificate.wildcard.arn : aws_acm_certificate.apex.arn
  default_action {
    type = "fixed-response"
    fixed_response {
      content_type = "text/plain"
      status_code  = "200"
    }
  }
}

resource "aws_lb_listener" "api" {
  load_balancer_arn = aws_lb.site["api"].arn
  port              = 443
  protocol          = "HTTPS"
  certificate_arn   = var.use_wildcard ? aws_acm_certificate.status.arn : aws_acm_certificate.docs.arn
  default_action {
    type = "fixed-response"
    fixed_response {
      content_type = "text/plain"
      status_code  = "200"
    }
  }
}

resource "aws_route53_record" "site" {
  for_each = local.sites
  zone_id  = aws_route53_zone.shop.zone_id
  name     = each.value
  type     = "A"
  alias {
    name                   = aws_lb.site[each.key].dns_name
    zone_id                = aws_lb.site[each.key].zone_id
    evaluate_target_health = true
  }
}
