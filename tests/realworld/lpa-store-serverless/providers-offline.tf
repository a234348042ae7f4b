# offline: added. Upstream declares no default `aws` provider configuration; the
# region module's aws_iam_policy_document data sources that name no provider use
# it (an empty configuration, region and credentials from the environment: the
# CI's aws-actions/configure-aws-credentials sets eu-west-1). This block gives
# it the mock keys and skip_* flags every provider here carries, and no region
# (AWS_REGION, from ENV).
provider "aws" {
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}
