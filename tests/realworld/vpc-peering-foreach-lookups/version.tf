// Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
// SPDX-License-Identifier: MIT-0

terraform {
  required_version = ">= 0.15.0"
  required_providers {
    aws = {
      source = "hashicorp/aws"
      version = ">= 3.40.0"
    }
  }
}

provider "aws" {
  # offline: mock credentials and skip flags (no AWS call at plan time); the
  # region still comes from the environment (ENV: AWS_DEFAULT_REGION), as
  # upstream's README says
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true

  default_tags {
    tags = {
      Description = "Managed by Terraform"
    }
  }
}

