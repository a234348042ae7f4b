# Terraform and provider version constraints

terraform {
  required_version = ">= 1.3.0"

  required_providers {
    aws = {
      source                = "hashicorp/aws"
      version               = ">= 5.0.0"
      configuration_aliases = [aws.cross_region]
    }
  }
}

# Primary AWS provider
provider "aws" {
  # Configure your AWS credentials and region
  # region = "us-east-1"

  # offline: mock credentials, nothing reaches AWS
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true

  default_tags {
    tags = {
      ManagedBy = "Terraform"
      Module    = "terraform-aws-backup"
      Example   = "secure-backup-configuration"
    }
  }
}

# Cross-region AWS provider for disaster recovery
provider "aws" {
  alias  = "cross_region"
  region = var.cross_region

  # offline: mock credentials, nothing reaches AWS
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true

  default_tags {
    tags = {
      ManagedBy = "Terraform"
      Module    = "terraform-aws-backup"
      Example   = "secure-backup-configuration"
      Type      = "cross-region"
    }
  }
}
