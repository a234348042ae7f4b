terraform {
  required_version = ">= 1.5.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

# Primary Region Provider (Mumbai)
provider "aws" {
  alias  = "primary"
  region = var.primary_region

  # offline: mock credentials and skip_* flags, so that the plan is made
  # without reaching AWS (see SOURCE.md)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true

  default_tags {
    tags = {
      Project     = "Recovery-Engine-AWS"
      Environment = var.environment
      ManagedBy   = "Terraform"
      RegionRole  = "Primary"
    }
  }
}

# Secondary / DR Region Provider (Singapore)
provider "aws" {
  alias  = "secondary"
  region = var.secondary_region

  # offline: mock credentials and skip_* flags, so that the plan is made
  # without reaching AWS (see SOURCE.md)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true

  default_tags {
    tags = {
      Project     = "Recovery-Engine-AWS"
      Environment = var.environment
      ManagedBy   = "Terraform"
      RegionRole  = "Secondary-DR"
    }
  }
}
