# dr-components-per-region's dns on a CloudFront origin group: two regions,
# each with a load balancer and compute, and a distribution that fails
# over from us-east-1's load balancer to us-east-2's. The origin group moves
# the application's traffic between the regions: dns passes, as in
# samples/dns-origin-group-static it does not.
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
  alias                       = "east2"
  region                      = "us-east-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_lb" "a" {
  name    = "app-a"
  subnets = ["subnet-0aaaaaaaaaaaaaaa1", "subnet-0aaaaaaaaaaaaaaa2"]
}

resource "aws_instance" "a" {
  ami           = "ami-0aaaaaaaaaaaaaaa1"
  instance_type = "t3.small"
}

resource "aws_lb" "b" {
  provider = aws.east2
  name     = "app-b"
  subnets  = ["subnet-0bbbbbbbbbbbbbbb1", "subnet-0bbbbbbbbbbbbbbb2"]
}

resource "aws_instance" "b" {
  provider      = aws.east2
  ami           = "ami-0bbbbbbbbbbbbbbb1"
  instance_type = "t3.small"
}

resource "aws_cloudwatch_metric_alarm" "errors" {
  alarm_name          = "app-5xx"
  namespace           = "AWS/CloudFront"
  metric_name         = "5xxErrorRate"
  statistic           = "Average"
  comparison_operator = "GreaterThanThreshold"
  threshold           = 5
  period              = 300
  evaluation_periods  = 1
  alarm_actions       = ["arn:aws:sns:us-east-1:123456789012:oncall"]
}

resource "aws_cloudfront_distribution" "site" {
  enabled = true

  origin_group {
    origin_id = "failover"
    failover_criteria {
      status_codes = [500, 502, 503, 504]
    }
    member {
      origin_id = "a"
    }
    member {
      origin_id = "b"
    }
  }

  origin {
    origin_id   = "a"
    domain_name = aws_lb.a.dns_name
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }

  origin {
    origin_id   = "b"
    domain_name = aws_lb.b.dns_name
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }

  default_cache_behavior {
    target_origin_id       = "failover"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    forwarded_values {
      query_string = false
      cookies {
        forward = "none"
      }
    }
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    cloudfront_default_certificate = true
  }
}
