# versions.tf
# Terraform and provider version constraints for AWS backup strategies

terraform {
  required_version = ">= 1.8"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.80"
    }
    # offline: hashicorp/random and hashicorp/archive dropped (not in the mirror)
  }
}

# Configure the AWS Provider for primary region
provider "aws" {
  region = var.aws_region

  # offline: skip flags added (no AWS call at plan time)
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true

  default_tags {
    tags = {
      Project     = "backup-strategies-s3-glacier"
      Environment = var.environment
      ManagedBy   = "terraform"
      Owner       = var.owner
    }
  }
}

# Configure the AWS Provider for disaster recovery region
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
      Project     = "backup-strategies-s3-glacier"
      Environment = var.environment
      ManagedBy   = "terraform"
      Owner       = var.owner
      Purpose     = "disaster-recovery"
    }
  }
}