# Terraform and Provider Version Constraints
# This file defines the minimum required versions for Terraform and providers
# to ensure compatibility and access to required features for DynamoDB Global Tables

terraform {
  required_version = ">= 1.0"
  
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
    # offline: hashicorp/random dropped (not in the offline mirror; random_string made a local)
  }
}

# offline: upstream has no un-aliased provider "aws" block; the IAM resources use the default
# provider, whose region comes from the environment (ENV: AWS_REGION). The empty block below is
# how terraform already treats it; it adds only the skip_* settings.
provider "aws" {
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

# Provider configuration for primary region
provider "aws" {
  alias  = "primary"
  region = var.primary_region
  # offline: the four skip_* settings below added to plan without AWS
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
  
  default_tags {
    tags = var.default_tags
  }
}

# Provider configuration for secondary region
provider "aws" {
  alias  = "secondary"
  region = var.secondary_region
  # offline: the four skip_* settings below added to plan without AWS
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
  
  default_tags {
    tags = var.default_tags
  }
}

# Provider configuration for tertiary region
provider "aws" {
  alias  = "tertiary"
  region = var.tertiary_region
  # offline: the four skip_* settings below added to plan without AWS
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
  
  default_tags {
    tags = var.default_tags
  }
}