# lb-has-targets behind a CloudFront origin group: the distribution fails
# over from the us-east-1 ALB to the us-west-2 one, whose target group has
# no targets, so a failover lands on a 503 (as shawn-exe's
# Multi-Region-HA-Web-Platform fronts its ALBs). dr-components-per-region
# already counted the origin group as failover routing; lb-has-targets
# skipped. Now both ALBs are subjects: us-east-1 passes, us-west-2 fails.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}
provider "aws" {
  alias = "a"
  region = "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
provider "aws" {
  alias = "b"
  region = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
variable "with_standby_targets" {
  type    = bool
  default = false
}
module "a" {
  source      = "./region"
  providers   = { aws = aws.a }
  cidr        = "10.0.0.0/16"
  azs         = ["us-east-1a", "us-east-1b"]
  with_asg    = true
}
module "b" {
  source      = "./region"
  providers   = { aws = aws.b }
  cidr        = "10.1.0.0/16"
  azs         = ["us-west-2a", "us-west-2b"]
  with_asg    = var.with_standby_targets
}
resource "aws_cloudfront_distribution" "cdn" {
  provider = aws.a
  enabled  = true
  origin {
    domain_name = module.a.alb_dns_name
    origin_id   = "primary"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "http-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }
  origin {
    domain_name = module.b.alb_dns_name
    origin_id   = "standby"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "http-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }
  origin_group {
    origin_id = "group"
    failover_criteria { status_codes = [500, 502, 503, 504] }
    member { origin_id = "primary" }
    member { origin_id = "standby" }
  }
  default_cache_behavior {
    target_origin_id       = "group"
    viewer_protocol_policy = "allow-all"
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
