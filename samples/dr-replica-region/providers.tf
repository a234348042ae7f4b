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

# The secondary region comes from a local value, which plan JSON does not
# describe: the plan does not show where the secondary function runs.
locals {
  secondary_region = "us-west-2"
}

provider "aws" {
  alias                       = "secondary"
  region                      = local.secondary_region
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
