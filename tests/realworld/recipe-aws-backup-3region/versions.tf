# Terraform version and provider requirements for AWS Multi-Region Backup Strategy
# This configuration uses the latest stable AWS provider with features for
# comprehensive backup management across multiple regions

terraform {
  required_version = ">= 1.6"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
    # offline: hashicorp/random dropped (not in the mirror)
  }
}

# Primary region provider for main backup operations
provider "aws" {
  alias  = "primary"
  region = var.primary_region
  # offline: four skip_* settings added to plan without AWS
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true

  default_tags {
    tags = {
      Project     = "Multi-Region Backup Strategy"
      Environment = var.environment
      ManagedBy   = "Terraform"
    }
  }
}

# Secondary region provider for backup replication
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
      Project     = "Multi-Region Backup Strategy"
      Environment = var.environment
      ManagedBy   = "Terraform"
    }
  }
}

# Tertiary region provider for long-term archival
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
      Project     = "Multi-Region Backup Strategy"
      Environment = var.environment
      ManagedBy   = "Terraform"
    }
  }
}
# offline: upstream declares no default (unaliased) aws provider, yet its
# three data "aws_iam_policy_document" name none, so terraform gives them an
# empty one whose region comes from the environment (ENV: AWS_REGION). This
# block only carries the skip flags; it sets no region.
provider "aws" {
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
