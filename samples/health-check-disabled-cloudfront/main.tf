# health-check-meaningful on CloudFront distributions. A failover PRIMARY
# record guarded by an HTTPS check of a distribution that the plan creates
# disabled (enabled = false, as terraform-aws-modules' route53 complete
# example has it) is never healthy: CloudFront answers no request for a
# disabled distribution, so Route 53 serves the SECONDARY for ever. That
# check fails (it passed). The SECONDARY's check of an enabled
# distribution passes; the check whose fqdn chooses between the disabled
# distribution and another, enabled one by a variable is undecided.
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

variable "check_primary" {
  type    = bool
  default = true
}

locals {
  sites = {
    primary   = { enabled = false, origin = "primary.origin.example.com" }
    secondary = { enabled = true, origin = "secondary.origin.example.com" }
  }
}

resource "aws_cloudfront_distribution" "site" {
  for_each = local.sites
  enabled  = each.value.enabled
  origin {
    domain_name = each.value.origin
    origin_id   = each.key
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }
  default_cache_behavior {
    target_origin_id       = each.key
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    forwarded_values {
      query_string = false
      cookies { forward = "none" }
    }
  }
  restrictions {
    geo_restriction { restriction_type = "none" }
  }
  viewer_certificate { cloudfront_default_certificate = true }
}

resource "aws_cloudfront_distribution" "maintenance" {
  enabled = true
  origin {
    domain_name = "maintenance.origin.example.com"
    origin_id   = "maintenance"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }
  default_cache_behavior {
    target_origin_id       = "maintenance"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    forwarded_values {
      query_string = false
      cookies { forward = "none" }
    }
  }
  restrictions {
    geo_restriction { restriction_type = "none" }
  }
  viewer_certificate { cloudfront_default_certificate = true }
}

resource "aws_route53_health_check" "site" {
  for_each          = local.sites
  type              = "HTTPS"
  fqdn              = aws_cloudfront_distribution.site[each.key].domain_name
  resource_path     = "/index.html"
  failure_threshold = 3
  request_interval  = 30
}

resource "aws_route53_health_check" "either" {
  type              = "HTTPS"
  fqdn              = var.check_primary ? aws_cloudfront_distribution.site["primary"].domain_name : aws_cloudfront_distribution.maintenance.domain_name
  resource_path     = "/index.html"
  failure_threshold = 3
  request_interval  = 30
}

resource "aws_route53_zone" "main" {
  name = "example.com"
}

resource "aws_route53_record" "site" {
  for_each        = local.sites
  zone_id         = aws_route53_zone.main.zone_id
  name            = "www"
  type            = "A"
  set_identifier  = each.key
  health_check_id = aws_route53_health_check.site[each.key].id
  failover_routing_policy {
    type = upper(each.key)
  }
  alias {
    name                   = aws_cloudfront_distribution.site[each.key].domain_name
    zone_id                = aws_cloudfront_distribution.site[each.key].hosted_zone_id
    evaluate_target_health = false
  }
}
