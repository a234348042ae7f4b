terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

# Both regions come from local values, per workspace: plan JSON does not
# describe locals, and terraform.workspace, fixed when the plan is made,
# is recorded nowhere, so the plan shows no region at all.
locals {
  by_workspace = { default = { primary = "us-east-1", secondary = "us-west-2" } }
  regions      = local.by_workspace[terraform.workspace]
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
