# certificate-covers-host on the names CloudFront and API Gateway serve
# themselves: a distribution's aliases, a custom domain name's
# domain_name. CloudFront refuses an alias its certificate does not cover
# (InvalidViewerCertificate), as does an edge-optimized API Gateway domain
# name.
# - aws_cloudfront_distribution.shop serves www and shop with a
#   certificate for www only: fails, naming shop;
# - aws_cloudfront_distribution.docs serves docs under a wildcard
#   certificate: passes;
# - aws_apigatewayv2_domain_name.api serves api.example-dr.net with the
#   certificate of www: fails;
# - aws_api_gateway_domain_name.edge serves edge.example-dr.net with a
#   certificate naming it among its subject_alternative_names: passes;
# - aws_cloudfront_distribution.plain has no alias: no subject.
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

resource "aws_acm_certificate" "www" {
  provider          = aws.use1
  domain_name       = "www.example-dr.net"
  validation_method = "DNS"
}

resource "aws_acm_certificate" "wildcard" {
  provider          = aws.use1
  domain_name       = "*.example-dr.net"
  validation_method = "DNS"
}

resource "aws_acm_certificate" "edge" {
  provider                  = aws.use1
  domain_name               = "example-dr.net"
  subject_alternative_names = ["edge.example-dr.net"]
  validation_method         = "DNS"
}

resource "aws_acm_certificate" "regional" {
  domain_name       = "www.example-dr.net"
  validation_method = "DNS"
}

locals {
  origin = {
    domain_name = "origin.example-dr.net"
    origin_id   = "app"
  }
}

resource "aws_cloudfront_distribution" "shop" {
  enabled = true
  aliases = ["www.example-dr.net", "shop.example-dr.net"]

  origin {
    domain_name = local.origin.domain_name
    origin_id   = local.origin.origin_id
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
    target_origin_id       = local.origin.origin_id
    viewer_protocol_policy = "redirect-to-https"
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    acm_certificate_arn      = aws_acm_certificate.www.arn
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }
}

resource "aws_cloudfront_distribution" "docs" {
  enabled = true
  aliases = ["Docs.example-dr.net."]

  origin {
    domain_name = local.origin.domain_name
    origin_id   = local.origin.origin_id
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
    target_origin_id       = local.origin.origin_id
    viewer_protocol_policy = "redirect-to-https"
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    acm_certificate_arn      = aws_acm_certificate.wildcard.arn
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }
}

resource "aws_cloudfront_distribution" "plain" {
  enabled = true

  origin {
    domain_name = local.origin.domain_name
    origin_id   = local.origin.origin_id
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
    target_origin_id       = local.origin.origin_id
    viewer_protocol_policy = "redirect-to-https"
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
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

resource "aws_apigatewayv2_domain_name" "api" {
  domain_name = "api.example-dr.net"

  domain_name_configuration {
    certificate_arn = aws_acm_certificate.regional.arn
    endpoint_type   = "REGIONAL"
    security_policy = "TLS_1_2"
  }
}

resource "aws_api_gateway_domain_name" "edge" {
  domain_name     = "edge.example-dr.net"
  certificate_arn = aws_acm_certificate.edge.arn
}
