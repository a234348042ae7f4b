#aws provider
provider "aws" {
  region = var.region

  # offline: mock credentials, nothing reaches AWS
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

#aws provider for resources dependent on us-east-1 region
#Lambda@Edge function must be deployed in us-east-1 region
#AWS WAF is available globally for CloudFront distributions, but you must use us-east-1
#to create your web ACL and any resources used in the web ACL, such as rule groups, IP sets, and regex pattern sets
provider "aws" {
  alias  = "cloudfront"
  region = "us-east-1"

  # offline: mock credentials, nothing reaches AWS
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

#get current caller identity
# offline: data "aws_caller_identity" "current" {} (STS at plan time) removed;
# local.account_id is a literal

#local variables
locals {
  account_id = "123456789012" # offline: was data.aws_caller_identity.current.account_id
  cloudfront_domain_enabled = (var.cloudfront_domain_name != "")
  domain_enabled = (var.domain_name != "")
}