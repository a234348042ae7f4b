# Provider and Terraform version constraints
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

# Configure the AWS Provider
provider "aws" {
  region = var.aws_region

  # offline: skip flags added (no AWS call at plan time)
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
  
  default_tags {
    tags = {
      Environment = var.environment
      Project     = "RDS-Backup-Recovery"
      ManagedBy   = "Terraform"
    }
  }
}

# Configure the AWS Provider for the DR region
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
      Environment = var.environment
      Project     = "RDS-Backup-Recovery"
      ManagedBy   = "Terraform"
    }
  }
}