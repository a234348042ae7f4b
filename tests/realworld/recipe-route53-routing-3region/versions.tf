terraform {
  required_version = ">= 1.0"
  
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

# Configure the AWS Provider
provider "aws" {
  region = var.primary_region

  # offline: skip flags added (no AWS call at plan time)
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
  
  default_tags {
    tags = {
      Environment = var.environment
      Project     = "dns-load-balancing"
      Recipe      = "route53-multi-region-lb"
      ManagedBy   = "terraform"
    }
  }
}

# Provider configuration for secondary region
provider "aws" {
  alias  = "secondary"
  region = var.secondary_region

  # offline: skip flags added (no AWS call at plan time)
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
  
  default_tags {
    tags = {
      Environment = var.environment
      Project     = "dns-load-balancing"
      Recipe      = "route53-multi-region-lb"
      ManagedBy   = "terraform"
    }
  }
}

# Provider configuration for tertiary region
provider "aws" {
  alias  = "tertiary"
  region = var.tertiary_region

  # offline: skip flags added (no AWS call at plan time)
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
  
  default_tags {
    tags = {
      Environment = var.environment
      Project     = "dns-load-balancing"
      Recipe      = "route53-multi-region-lb"
      ManagedBy   = "terraform"
    }
  }
}