// Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
// SPDX-License-Identifier: MIT-0

terraform {
  required_providers {
    aws = {
      version = ">= 3.28.0"
      source  = "hashicorp/aws"
    }
    # offline: the hashicorp/random requirement removed (only hashicorp/aws
    # is in the mirror; random_string.bucket_random_id is a local, firewall.tf)
  }
}

provider "aws" {
  region = "eu-west-1"

  # offline: mock credentials and skip flags (no AWS call at plan time)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

