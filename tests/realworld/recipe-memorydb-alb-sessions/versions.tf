# Terraform version and provider requirements
# This file defines the minimum required versions for Terraform and AWS provider

terraform {
  required_version = ">= 1.5"
  
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
    # offline: hashicorp/random dropped (not in the mirror)
  }
}

# Configure the AWS Provider with default tags
provider "aws" {
  region = var.aws_region
  # offline: four skip_* settings added to plan without AWS
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true

  default_tags {
    tags = {
      Project     = "distributed-session-management"
      Environment = var.environment
      ManagedBy   = "terraform"
      Recipe      = "memorydb-alb-session-management"
    }
  }
}

# Random provider for generating unique resource names
# offline: provider "random" {} removed