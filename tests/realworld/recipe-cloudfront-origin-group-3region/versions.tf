# Terraform version and provider requirements
terraform {
  required_version = ">= 1.0"

  required_providers { # offline: hashicorp/random dropped (not in the mirror)
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

# Default provider configuration
provider "aws" {
  # offline: skip_* flags added (no AWS calls while planning)
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
  default_tags {
    tags = {
      Project     = var.project_name
      Environment = var.environment
      Recipe      = "global-load-balancing-route53-cloudfront"
      ManagedBy   = "terraform"
    }
  }
}

# Provider for US East 1 (required for CloudFront and Route53)
provider "aws" {
  # offline: skip_* flags added (no AWS calls while planning)
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
  alias  = "us_east_1"
  region = "us-east-1"
  
  default_tags {
    tags = {
      Project     = var.project_name
      Environment = var.environment
      Recipe      = "global-load-balancing-route53-cloudfront"
      ManagedBy   = "terraform"
    }
  }
}

# Provider for primary region
provider "aws" {
  # offline: skip_* flags added (no AWS calls while planning)
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
  alias  = "primary"
  region = var.primary_region
  
  default_tags {
    tags = {
      Project     = var.project_name
      Environment = var.environment
      Recipe      = "global-load-balancing-route53-cloudfront"
      ManagedBy   = "terraform"
    }
  }
}

# Provider for secondary region
provider "aws" {
  # offline: skip_* flags added (no AWS calls while planning)
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
  alias  = "secondary"
  region = var.secondary_region
  
  default_tags {
    tags = {
      Project     = var.project_name
      Environment = var.environment
      Recipe      = "global-load-balancing-route53-cloudfront"
      ManagedBy   = "terraform"
    }
  }
}

# Provider for tertiary region
provider "aws" {
  # offline: skip_* flags added (no AWS calls while planning)
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
  alias  = "tertiary"
  region = var.tertiary_region
  
  default_tags {
    tags = {
      Project     = var.project_name
      Environment = var.environment
      Recipe      = "global-load-balancing-route53-cloudfront"
      ManagedBy   = "terraform"
    }
  }
}