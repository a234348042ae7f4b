# Terraform and provider version constraints
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

# Configure the AWS Provider for primary region
provider "aws" {
  region = var.primary_region

  # offline: skip flags added (no AWS call at plan time)
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
  
  default_tags {
    tags = {
      Project     = "S3-Disaster-Recovery"
      Environment = var.environment
      ManagedBy   = "Terraform"
      Recipe      = "disaster-recovery-s3-cross-region-replication"
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
      Project     = "S3-Disaster-Recovery"
      Environment = var.environment
      ManagedBy   = "Terraform"
      Recipe      = "disaster-recovery-s3-cross-region-replication"
    }
  }
}