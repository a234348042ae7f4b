# listener-certificate-valid on front doors: CloudFront, and an
# edge-optimized API Gateway domain name, serve only ACM certificates of
# us-east-1; a regional domain name only its own region's.
# - cdn (certificate of us-east-1) and api_edge pass;
# - cdn_regional names the eu-west-1 certificate: CloudFront refuses it;
# - api_v2 (regional, eu-west-1) names the us-east-1 certificate;
# - api_placeholder names a placeholder ARN;
# - cdn_default uses CloudFront's own certificate: no subject.

resource "aws_acm_certificate" "edge" {
  provider          = aws.use1
  domain_name       = "shop.plangraph.dev"
  validation_method = "DNS"
}

resource "aws_acm_certificate" "eu" {
  domain_name       = "api.plangraph.dev"
  validation_method = "DNS"
}

locals {
  origin = "origin.plangraph.dev"
}

resource "aws_cloudfront_distribution" "cdn" {
  enabled = true
  aliases = ["shop.plangraph.dev"]
  origin {
    domain_name = local.origin
    origin_id   = "app"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }
  default_cache_behavior {
    target_origin_id       = "app"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
  }
  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }
  viewer_certificate {
    acm_certificate_arn      = aws_acm_certificate.edge.arn
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }
}

resource "aws_cloudfront_distribution" "cdn_regional" {
  enabled = true
  aliases = ["api.plangraph.dev"]
  origin {
    domain_name = local.origin
    origin_id   = "app"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }
  default_cache_behavior {
    target_origin_id       = "app"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
  }
  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }
  viewer_certificate {
    acm_certificate_arn      = aws_acm_certificate.eu.arn
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }
}

resource "aws_cloudfront_distribution" "cdn_default" {
  enabled = true
  origin {
    domain_name = local.origin
    origin_id   = "app"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }
  default_cache_behavior {
    target_origin_id       = "app"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
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

resource "aws_api_gateway_domain_name" "api_edge" {
  domain_name     = "edge.plangraph.dev"
  certificate_arn = aws_acm_certificate.edge.arn
}

resource "aws_api_gateway_domain_name" "api_placeholder" {
  domain_name              = "regional.plangraph.dev"
  regional_certificate_arn = "arn:aws:acm:eu-west-1:123456789012:certificate/REPLACE_ME"
  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

resource "aws_apigatewayv2_domain_name" "api_v2" {
  domain_name = "v2.plangraph.dev"
  domain_name_configuration {
    certificate_arn = aws_acm_certificate.edge.arn
    endpoint_type   = "REGIONAL"
    security_policy = "TLS_1_2"
  }
}
