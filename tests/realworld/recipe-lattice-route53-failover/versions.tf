# Terraform version and provider requirements
terraform {
  required_version = ">= 1.5.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
    # offline: hashicorp/random and hashicorp/archive dropped (not in the mirror)
  }
}

# Configure AWS Provider for Primary Region
provider "aws" {
  alias  = "primary"
  region = var.primary_region
  # offline: four skip_* settings added to plan without AWS
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true

  default_tags {
    tags = merge(var.default_tags, {
      Environment = var.environment
      Region      = "primary"
      Recipe      = "cross-region-service-failover-lattice-route53"
    })
  }
}

# Configure AWS Provider for Secondary Region
provider "aws" {
  alias  = "secondary"
  region = var.secondary_region
  # offline: four skip_* settings added to plan without AWS
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true

  default_tags {
    tags = merge(var.default_tags, {
      Environment = var.environment
      Region      = "secondary"
      Recipe      = "cross-region-service-failover-lattice-route53"
    })
  }
}

# Default provider for Route53 (global service)
provider "aws" {
  region = var.primary_region
  # offline: four skip_* settings added to plan without AWS
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true

  default_tags {
    tags = merge(var.default_tags, {
      Environment = var.environment
      Recipe      = "cross-region-service-failover-lattice-route53"
    })
  }
}