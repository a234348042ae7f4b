resource "aws_cloudfront_origin_access_identity" "origin_access_identity" {
  comment = "${terraform.workspace}-${local.offline_deployment_id}"
}

# offline: the two data sources below (CloudFront at plan time) are replaced by
# the ids AWS documents for these managed policies
# data "aws_cloudfront_cache_policy" "caching_optimized_cache_policy" {
#   name = "Managed-CachingOptimized"
# }
#
# data "aws_cloudfront_origin_request_policy" "cors_s3_origin_request_policy" {
#   name = "Managed-CORS-S3Origin"
# }
locals {
  offline_caching_optimized_cache_policy_id  = "658327ea-f89d-4fab-a63d-7e88639e58f6"
  offline_cors_s3_origin_request_policy_id   = "88a5eaf4-2fd4-4709-b370-b4c650ea3fcf"
}

resource "aws_cloudfront_function" "set_response_headers" {
  name    = "${terraform.workspace}-set-response-headers-${local.offline_deployment_id}"
  runtime = "cloudfront-js-1.0"
  publish = true
  code    = file("javascript/set-response-headers.js") # offline: was file("../javascript/set-response-headers.js"), the repository root's file, copied into the case
}

resource "aws_cloudfront_distribution" "s3_distribution" {
  origin {
    domain_name = module.s3website.bucket_regional_domain_name
    origin_id   = module.s3website.id

    s3_origin_config {
      origin_access_identity = aws_cloudfront_origin_access_identity.origin_access_identity.cloudfront_access_identity_path
    }
  }

  enabled             = true
  is_ipv6_enabled     = true
  http_version        = "http3"
  comment             = "${terraform.workspace}-multi-region-site-${local.offline_deployment_id}"
  default_root_object = "index.html"

  default_cache_behavior {
    allowed_methods          = ["GET", "HEAD", "OPTIONS"]
    cached_methods           = ["GET", "HEAD", "OPTIONS"]
    target_origin_id         = module.s3website.id
    cache_policy_id          = local.offline_caching_optimized_cache_policy_id
    origin_request_policy_id = local.offline_cors_s3_origin_request_policy_id
    viewer_protocol_policy   = "redirect-to-https"
    compress                 = true
    function_association {
      event_type   = "viewer-response"
      function_arn = aws_cloudfront_function.set_response_headers.arn
    }
  }

  price_class = "PriceClass_100"

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  tags = {
    environment   = terraform.workspace
    deployment_id = local.offline_deployment_id
  }

  viewer_certificate {
    cloudfront_default_certificate = true
  }
}
