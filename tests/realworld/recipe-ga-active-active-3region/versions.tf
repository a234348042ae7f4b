# Terraform version and provider requirements for multi-region Global Accelerator deployment
terraform {
  required_version = ">= 1.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
    # offline: hashicorp/archive and hashicorp/random dropped (not in the mirror)
  }
}

# Primary region provider (US East 1)
provider "aws" {
  alias  = "us_east"
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
      Recipe      = "multi-region-active-active-global-accelerator"
    }
  }
}

# Secondary region provider (EU West 1)
provider "aws" {
  alias  = "eu_west"
  region = var.secondary_region_eu

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
      Recipe      = "multi-region-active-active-global-accelerator"
    }
  }
}

# Secondary region provider (Asia Pacific Southeast 1)
provider "aws" {
  alias  = "asia_southeast"
  region = var.secondary_region_asia

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
      Recipe      = "multi-region-active-active-global-accelerator"
    }
  }
}

# Global Accelerator requires us-west-2 region
provider "aws" {
  alias  = "us_west_2"
  region = "us-west-2"

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
      Recipe      = "multi-region-active-active-global-accelerator"
    }
  }
}
# offline: upstream declares no default (unaliased) aws provider, yet
# aws_iam_role.lambda_execution_role and aws_iam_role_policy.lambda_dynamodb_policy
# use it, so terraform gives them an empty one whose region comes from the
# environment (ENV: AWS_REGION=us-east-1, as upstream's user must set one).
# This block adds only the offline skip flags, no region.
provider "aws" {
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
