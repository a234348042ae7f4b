terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  alias                       = "primary"
  region                      = "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

# The secondary region comes from a local value, per workspace: plan JSON
# does not describe locals, and terraform.workspace, fixed when the plan
# is made, is recorded nowhere, so the plan does not show where the
# secondary function runs.
locals {
  secondary_regions = { default = "us-west-2" }
  secondary_region  = local.secondary_regions[terraform.workspace]
}

provider "aws" {
  alias                       = "secondary"
  region                      = local.secondary_region
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
