# Terraform configuration for Database Disaster Recovery with Read Replicas
# Provider version constraints and required providers

terraform {
  required_version = ">= 1.5"
  
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
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
      Project     = "DatabaseDisasterRecovery"
      Environment = var.environment
      ManagedBy   = "Terraform"
      Recipe      = "database-disaster-recovery-cross-region-read-replicas"
    }
  }
}

# Disaster recovery region provider configuration
provider "aws" {
  alias  = "dr"
  region = var.dr_region

  # offline: skip flags added (no AWS call at plan time)
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
  
  default_tags {
    tags = {
      Project     = "DatabaseDisasterRecovery"
      Environment = var.environment
      ManagedBy   = "Terraform"
      Recipe      = "database-disaster-recovery-cross-region-read-replicas"
    }
  }
}

# offline: provider "random" {} removed (hashicorp/random is not in the mirror).
# offline: upstream declares no default (unaliased) aws provider, yet the
# Route 53 health checks and data.aws_caller_identity use it, so terraform
# gives them an empty one whose region comes from the environment (ENV:
# AWS_REGION). This block only carries the skip flags; it sets no region.
provider "aws" {
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}