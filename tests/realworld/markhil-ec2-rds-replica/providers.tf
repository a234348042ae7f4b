terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 4.0" # offline: was "~> 4.0" (only hashicorp/aws 5.100.0 is in the mirror)
    }
  }
}

# Default provider configuration for primary region
provider "aws" {
  region = var.primary_region

  # offline: mock credentials and skip flags
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true

  default_tags {
    tags = {
      Environment = var.environment
      Project     = var.project_name
      Terraform   = "true"
      Owner       = "infrastructure-team"
    }
  }
}

# Primary region provider
provider "aws" {
  alias  = "primary"
  region = var.primary_region

  # offline: mock credentials and skip flags
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true

  default_tags {
    tags = {
      Environment = var.environment
      Project     = var.project_name
      Terraform   = "true"
      Owner       = "infrastructure-team"
    }
  }
}

# DR region provider
provider "aws" {
  alias  = "dr"
  region = var.dr_region

  # offline: mock credentials and skip flags
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true

  default_tags {
    tags = {
      Environment = var.environment
      Project     = var.project_name
      Terraform   = "true"
      Owner       = "infrastructure-team"
    }
  }
}