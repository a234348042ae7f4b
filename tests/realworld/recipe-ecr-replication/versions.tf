# Terraform configuration for ECR Container Registry Replication Strategies
# Defines provider requirements and version constraints

terraform {
  required_version = ">= 1.5.0"
  
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
    # offline: hashicorp/random dropped (not in the mirror)
  }
}

# Provider configuration for source region (us-east-1)
provider "aws" {
  region = var.source_region

  # offline: skip flags added (no AWS call at plan time)
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
  
  default_tags {
    tags = var.default_tags
  }
}

# Provider configuration for destination region (us-west-2)
provider "aws" {
  alias  = "us_west_2"
  region = var.destination_region

  # offline: skip flags added (no AWS call at plan time)
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
  
  default_tags {
    tags = var.default_tags
  }
}

# Provider configuration for secondary region (eu-west-1)
provider "aws" {
  alias  = "eu_west_1"
  region = var.secondary_region

  # offline: skip flags added (no AWS call at plan time)
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
  
  default_tags {
    tags = var.default_tags
  }
}

# Random provider for generating unique suffixes
# offline: provider "random" {} removed (hashicorp/random is not in the mirror)