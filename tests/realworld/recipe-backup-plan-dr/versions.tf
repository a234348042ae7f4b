# ====================================
# TERRAFORM VERSION REQUIREMENTS
# ====================================

terraform {
  required_version = ">= 1.0"

  required_providers {
    # AWS Provider for primary and DR region resources
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }

    # offline: hashicorp/random dropped (not in the mirror)
  }

  # Optional: Configure remote state backend
  # Uncomment and customize the backend configuration below based on your requirements
  
  # backend "s3" {
  #   bucket         = "your-terraform-state-bucket"
  #   key            = "aws-backup-solution/terraform.tfstate"
  #   region         = "us-west-2"
  #   encrypt        = true
  #   dynamodb_table = "terraform-state-lock"
  # }

  # backend "remote" {
  #   organization = "your-organization"
  #   workspaces {
  #     name = "aws-backup-solution"
  #   }
  # }
}

# offline: the two provider blocks below are upstream's main.tf:19-37, moved here unchanged
# but for the skip flags (no AWS call at plan time). Upstream has no default (un-aliased)
# provider "aws" block: the resources that name no provider (the IAM role and policies) use
# an empty default configuration, whose region comes from the environment (ENV).

# Configure the primary AWS Provider
provider "aws" {
  alias  = "primary"
  region = var.primary_region

  # offline: skip flags added (no AWS call at plan time)
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true

  default_tags {
    tags = var.default_tags
  }
}

# Configure the disaster recovery AWS Provider
provider "aws" {
  alias  = "dr"
  region = var.dr_region

  # offline: skip flags added (no AWS call at plan time)
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true

  default_tags {
    tags = var.default_tags
  }
}

# offline: upstream declares no default (unaliased) aws provider, yet the IAM
# role, its policy attachments and inline policy use it, so terraform gives
# them an empty one whose region comes from the environment (ENV:
# AWS_REGION). This block only carries the skip flags; it sets no region.
provider "aws" {
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
