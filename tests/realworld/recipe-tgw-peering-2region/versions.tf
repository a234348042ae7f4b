# Terraform version and provider requirements
# This file defines the minimum Terraform version and required providers

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
      Project     = var.project_name
      Environment = var.environment
      ManagedBy   = "terraform"
      Recipe      = "multi-region-vpc-connectivity-transit-gateway"
    }
  }
}

# Secondary region provider configuration
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
      Project     = var.project_name
      Environment = var.environment
      ManagedBy   = "terraform"
      Recipe      = "multi-region-vpc-connectivity-transit-gateway"
    }
  }
}