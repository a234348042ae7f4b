# dr-components-per-region's dns on a CloudFront origin group over S3
# buckets only: two regions, each with a load balancer and compute, that
# nothing routes between (no failover records, no accelerator); the
# distribution fails static assets over from us-east-1's bucket to
# us-east-2's. That joins the regions (a DR topology) but moves none of
# the application's traffic: dns fails (samples/dns-origin-group-app, the
# same over the load balancers, passes).
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

resource "aws_s3_bucket" "assets_a" {
  bucket = "example-assets-use1"
}

resource "aws_s3_bucket" "assets_b" {
  provider = aws.east2
  bucket   = "example-assets-use2"
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
    domain_name = aws_s3_bucket.assets_a.bucket_regional_domain_name
  }

  origin {
    origin_id   = "b"
    domain_name = aws_s3_bucket.assets_b.bucket_regional_domain_name
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
