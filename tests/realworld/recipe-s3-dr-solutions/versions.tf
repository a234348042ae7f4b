# Terraform and Provider Version Requirements
# This file defines the minimum required versions for Terraform and AWS provider

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

# Primary region provider configuration
provider "aws" {
  alias  = "primary"
  region = var.primary_region

  # offline: skip flags added (no AWS call at plan time)
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
  
  default_tags {
    tags = {
      Environment = var.environment
      Purpose     = "DisasterRecovery"
      CostCenter  = var.cost_center
      ManagedBy   = "Terraform"
    }
  }
}

# Secondary region provider configuration for cross-region replication
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
      Environment = var.environment
      Purpose     = "DisasterRecovery"
      CostCenter  = var.cost_center
      ManagedBy   = "Terraform"
    }
  }
}

# Random provider for generating unique resource names
# offline: provider "random" {} removed (hashicorp/random is not in the mirror)