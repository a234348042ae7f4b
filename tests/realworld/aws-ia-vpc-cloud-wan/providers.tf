
terraform {
  required_version = ">= 1.3.0"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.22.0"
    }
  }
}

# Provider definition for N. Virginia Region
provider "aws" {
  region = var.aws_regions.nvirginia
  alias  = "awsnvirginia"

  # offline: mock credentials and the skip_* flags, so that terraform plans
  # without AWS; alias and region are upstream's
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

# Provider definition for Ireland Region
provider "aws" {
  region = var.aws_regions.ireland
  alias  = "awsireland"

  # offline: mock credentials and the skip_* flags, so that terraform plans
  # without AWS; alias and region are upstream's
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}


# offline: the default provider configuration, which upstream leaves implicit
# (used only by data "aws_networkmanager_core_network_policy_document" in
# cwan_policy.tf, computed locally), declared with mock credentials; it sets
# no region: ENV gives AWS_REGION, as upstream's `terraform test` run gets it
# from the environment.
provider "aws" {
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
