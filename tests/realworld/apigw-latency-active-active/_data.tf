# offline: the four data "aws_cloudfront_origin_request_policy" /
# "aws_cloudfront_cache_policy" (CloudFront at plan time, provider
# aws.virginia) become the ids of the AWS-managed policies they name
# (documented, the same in every account); upstream's blocks were:
#   all_viewer_except_host_header (Managed-AllViewerExceptHostHeader),
#   all_viewer (Managed-AllViewer), caching_disabled (Managed-CachingDisabled),
#   caching_optimized (Managed-CachingOptimized)
locals {
  offline_origin_request_policy_all_viewer_except_host_header = "b689b0a8-53d0-40ab-baf2-68738e2966ac"
  offline_origin_request_policy_all_viewer                    = "216adef6-5c7f-47e4-b989-5492eafa07d3"
  offline_cache_policy_caching_disabled                       = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad"
  offline_cache_policy_caching_optimized                      = "658327ea-f89d-4fab-a63d-7e88639e58f6"
}
