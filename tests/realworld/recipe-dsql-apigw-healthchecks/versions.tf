# Terraform provider requirements and version constraints
# This file defines the minimum required versions for Terraform and providers

terraform {
  required_version = ">= 1.0"

  required_providers {
    # AWS Provider for creating Aurora DSQL clusters and supporting resources
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }

    # offline: hashicorp/random, hashicorp/archive and hashicorp/null dropped (not in the offline mirror; made locals)
  }
}

# offline: upstream has no un-aliased provider "aws" block; the IAM resources and the optional
# Route 53 health checks use the default provider, whose region comes from the environment
# (ENV: AWS_REGION). The empty block below is how terraform already treats it; it adds only the
# skip_* settings.
provider "aws" {
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

# Primary AWS provider configuration for us-east-1
provider "aws" {
  alias  = "primary"
  region = var.primary_region
  # offline: the four skip_* settings below added to plan without AWS
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true

  default_tags {
    tags = {
      Environment   = var.environment
      Application   = "multi-region-aurora-dsql"
      DeployedBy    = "terraform"
      Recipe        = "building-multi-region-applications-aurora-dsql"
      CostCenter    = var.cost_center
    }
  }
}

# Secondary AWS provider configuration for us-east-2
provider "aws" {
  alias  = "secondary"
  region = var.secondary_region
  # offline: the four skip_* settings below added to plan without AWS
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true

  default_tags {
    tags = {
      Environment   = var.environment
      Application   = "multi-region-aurora-dsql"
      DeployedBy    = "terraform"
      Recipe        = "building-multi-region-applications-aurora-dsql"
      CostCenter    = var.cost_center
    }
  }
}

# Witness region AWS provider configuration for us-west-2
provider "aws" {
  alias  = "witness"
  region = var.witness_region
  # offline: the four skip_* settings below added to plan without AWS
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true

  default_tags {
    tags = {
      Environment   = var.environment
      Application   = "multi-region-aurora-dsql"
      DeployedBy    = "terraform"
      Recipe        = "building-multi-region-applications-aurora-dsql"
      CostCenter    = var.cost_center
    }
  }
}