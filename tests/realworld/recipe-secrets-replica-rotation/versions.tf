# Terraform and Provider Requirements
# This file defines the minimum required versions for Terraform and providers

terraform {
  required_version = ">= 1.0"
  
  required_providers { # offline: hashicorp/random and hashicorp/archive dropped (not in the mirror)
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

# AWS Provider configuration
provider "aws" {
  region = var.aws_region
  # offline: skip_* flags added (no AWS calls while planning)
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
  
  default_tags {
    tags = {
      Project     = "SecretsManager-Demo"
      Environment = var.environment
      ManagedBy   = "Terraform"
    }
  }
}