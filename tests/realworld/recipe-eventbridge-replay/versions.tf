# Terraform and Provider Version Requirements
# This file specifies the required versions for Terraform and AWS provider
# to ensure compatibility and reproducible deployments

terraform {
  required_version = ">= 1.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
    # offline: hashicorp/random and hashicorp/archive dropped (not in the mirror)
  }
}

# AWS Provider Configuration
provider "aws" {
  region = var.aws_region

  # offline: skip flags added (no AWS call at plan time)
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true

  default_tags {
    tags = {
      Project     = "EventBridge-Replay-Demo"
      Environment = var.environment
      ManagedBy   = "Terraform"
      CreatedBy   = "EventReplayRecipe"
    }
  }
}