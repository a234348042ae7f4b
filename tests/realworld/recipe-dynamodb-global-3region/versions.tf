# versions.tf - Terraform and provider version constraints
# This file defines the required Terraform version and provider versions
# for the DynamoDB Global Tables multi-region infrastructure

terraform {
  required_version = ">= 1.5.0"
  
  required_providers {
    # AWS provider for primary region resources
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
    
    # offline: hashicorp/random and hashicorp/archive dropped (not in the mirror)
  }
}

# Provider configuration aliases for multi-region deployment
# Primary region provider (default)
provider "aws" {
  region = var.primary_region
  # offline: four skip_* settings added to plan without AWS
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
  
  default_tags {
    tags = {
      Environment = var.environment
      Project     = var.project_name
      ManagedBy   = "terraform"
      Recipe      = "dynamodb-global-tables-multi-region"
    }
  }
}

# Secondary region provider
provider "aws" {
  alias  = "secondary"
  region = var.secondary_region
  # offline: four skip_* settings added to plan without AWS
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
  
  default_tags {
    tags = {
      Environment = var.environment
      Project     = var.project_name
      ManagedBy   = "terraform"
      Recipe      = "dynamodb-global-tables-multi-region"
    }
  }
}

# Tertiary region provider
provider "aws" {
  alias  = "tertiary"
  region = var.tertiary_region
  # offline: four skip_* settings added to plan without AWS
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
  
  default_tags {
    tags = {
      Environment = var.environment
      Project     = var.project_name
      ManagedBy   = "terraform"
      Recipe      = "dynamodb-global-tables-multi-region"
    }
  }
}