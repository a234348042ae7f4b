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
  # offline: four skip_* settings added to plan without AWS
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true

  default_tags {
    tags = {
      Project     = "RDS Disaster Recovery"
      Environment = var.environment
      ManagedBy   = "Terraform"
    }
  }
}

# Configure the AWS Provider for secondary region (disaster recovery)
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
      Project     = "RDS Disaster Recovery"
      Environment = var.environment
      ManagedBy   = "Terraform"
    }
  }
}