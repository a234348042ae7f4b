# versions.tf - Provider version constraints and required providers
# This file defines the minimum versions required for all Terraform providers

terraform {
  required_version = ">= 1.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
    # offline: hashicorp/random and hashicorp/archive dropped (not in the offline mirror; made locals)
  }
}

# Primary region provider (us-east-1)
provider "aws" {
  alias  = "primary"
  region = var.primary_region
  # offline: the four skip_* settings below added to plan without AWS
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true

  default_tags {
    tags = merge(var.common_tags, {
      Region = var.primary_region
      Role   = "Primary"
    })
  }
}

# Secondary region provider (us-west-2)
provider "aws" {
  alias  = "secondary"
  region = var.secondary_region
  # offline: the four skip_* settings below added to plan without AWS
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true

  default_tags {
    tags = merge(var.common_tags, {
      Region = var.secondary_region
      Role   = "Secondary"
    })
  }
}

# offline: provider "random" {} removed (not in the offline mirror)

# offline: provider "archive" {} removed (not in the offline mirror)