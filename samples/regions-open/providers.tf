terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

# Both regions come from local values, which plan JSON does not describe:
# the plan shows no region at all.
locals {
  regions = { primary = "us-east-1", secondary = "us-west-2" }
}

provider "aws" {
  alias                       = "primary"
  region                      = local.regions.primary
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "secondary"
  region                      = local.regions.secondary
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
