# same-region-references on Lambda@Edge: CloudFront takes a function a
# cache behaviour associates only when it is made in us-east-1.
# - router, made with the default provider (eu-west-1), fails (it was no
#   subject: a distribution is in no region);
# - headers, made with the us-east-1 provider, passes.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  region                      = "eu-west-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "use1"
  region                      = "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_iam_role" "edge" {
  name = "edge"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole",
    Principal = { Service = ["lambda.amazonaws.com", "edgelambda.amazonaws.com"] } }]
  })
}

resource "aws_lambda_function" "router" {
  function_name    = "edge-router"
  role             = aws_iam_role.edge.arn
  handler          = "index.handler"
  runtime          = "nodejs20.x"
  filename         = "fn.zip"
  source_code_hash = "cGxhY2Vob2xkZXI="
  publish          = true
}

resource "aws_lambda_function" "headers" {
  provider         = aws.use1
  function_name    = "edge-headers"
  role             = aws_iam_role.edge.arn
  handler          = "index.handler"
  runtime          = "nodejs20.x"
  filename         = "fn.zip"
  source_code_hash = "cGxhY2Vob2xkZXI="
  publish          = true
}

resource "aws_cloudfront_distribution" "site" {
  enabled = true
  origin {
    domain_name = "origin.acme-corp.net"
    origin_id   = "app"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }
  default_cache_behavior {
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    target_origin_id       = "app"
    viewer_protocol_policy = "redirect-to-https"
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
    lambda_function_association {
      event_type   = "origin-request"
      lambda_arn   = aws_lambda_function.router.qualified_arn
      include_body = false
    }
    lambda_function_association {
      event_type   = "viewer-response"
      lambda_arn   = aws_lambda_function.headers.qualified_arn
      include_body = false
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
