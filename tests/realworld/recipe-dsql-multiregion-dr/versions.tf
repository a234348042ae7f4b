# Terraform version and provider requirements
terraform {
  required_version = ">= 1.5"
  
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
    # offline: hashicorp/random and hashicorp/archive dropped (not in the offline mirror; made locals)
  }
}

# offline: upstream has no un-aliased provider "aws" block; the IAM resources use the default
# provider, whose region comes from the environment (ENV: AWS_REGION). The empty block below is
# how terraform already treats it; it adds only the skip_* settings.
provider "aws" {
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

# Primary region provider (us-east-1)
provider "aws" {
  alias  = "primary"
  region = var.primary_region
  # offline: the four skip_* settings below added to plan without AWS
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
  
  default_tags {
    tags = {
      Project     = "DisasterRecovery"
      Environment = var.environment
      CostCenter  = "Infrastructure"
      ManagedBy   = "Terraform"
    }
  }
}

# Secondary region provider (us-west-2)
provider "aws" {
  alias  = "secondary"
  region = var.secondary_region
  # offline: the four skip_* settings below added to plan without AWS
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
  
  default_tags {
    tags = {
      Project     = "DisasterRecovery"
      Environment = var.environment
      CostCenter  = "Infrastructure"
      ManagedBy   = "Terraform"
    }
  }
}

# Witness region provider (us-west-1)
provider "aws" {
  alias  = "witness"
  region = var.witness_region
  # offline: the four skip_* settings below added to plan without AWS
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
  
  default_tags {
    tags = {
      Project     = "DisasterRecovery"
      Environment = var.environment
      CostCenter  = "Infrastructure"
      ManagedBy   = "Terraform"
    }
  }
}