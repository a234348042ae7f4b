terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

# Regions from local values, per workspace: plan JSON does not evaluate
# them, and terraform.workspace, fixed when the plan is made, is recorded
# nowhere, so neither region shows.
locals {
  by_workspace = { default = { region = "eu-west-1", region2 = "eu-central-1" } }
  region       = local.by_workspace[terraform.workspace].region
  region2      = local.by_workspace[terraform.workspace].region2
}

provider "aws" {
  region                      = local.region
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "region2"
  region                      = local.region2
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
