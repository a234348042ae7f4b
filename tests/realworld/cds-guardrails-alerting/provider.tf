terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "<= 5.100.0" # offline: was "<= 5.84.0" (the mirror holds 5.100.0 only)
    }
  }
}

provider "aws" {
  region = var.region
  # offline: allowed_account_ids = [var.account_id] replaced by mock
  # credentials and skip flags (not upstream)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

provider "aws" {
  alias  = "us-east-1"
  region = "us-east-1"
  # offline: allowed_account_ids = [var.account_id] replaced by mock
  # credentials and skip flags (not upstream)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

provider "aws" {
  alias  = "us-west-2"
  region = "us-west-2"
  # offline: allowed_account_ids = [var.account_id] replaced by mock
  # credentials and skip flags (not upstream)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}
