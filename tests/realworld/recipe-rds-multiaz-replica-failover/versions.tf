# Terraform version and provider requirements
# This file defines the minimum required versions for Terraform and providers

terraform {
  required_version = ">= 1.0"
  
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
    # offline: hashicorp/random dropped (not in the mirror)
  }
}

# Configure the AWS Provider for primary region
provider "aws" {
  region = var.primary_region

  # offline: skip flags added (no AWS call at plan time)
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
  
  default_tags {
    tags = {
      Project     = "financial-rds-multiaz"
      Environment = var.environment
      ManagedBy   = "terraform"
      Recipe      = "advanced-rds-multi-az-cross-region-failover"
    }
  }
}

# Configure the AWS Provider for secondary region
provider "aws" {
  alias  = "secondary"
  region = var.secondary_region

  # offline: skip flags added (no AWS call at plan time)
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
  
  default_tags {
    tags = {
      Project     = "financial-rds-multiaz"
      Environment = var.environment
      ManagedBy   = "terraform"
      Recipe      = "advanced-rds-multi-az-cross-region-failover"
    }
  }
}