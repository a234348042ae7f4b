# Terraform and provider version requirements
terraform {
  required_version = ">= 1.5"
  
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
      configuration_aliases = [
        aws.primary,
        aws.secondary
      ]
    }
    # offline: hashicorp/random and hashicorp/time dropped (not in the mirror)

  }
}

# Primary region provider
provider "aws" {
  alias  = "primary"
  region = var.primary_region
  skip_credentials_validation = true # offline
  skip_requesting_account_id  = true # offline
  skip_metadata_api_check     = true # offline
  skip_region_validation      = true # offline

  default_tags {
    tags = {
      Environment = var.environment
      Project     = var.project_name
      ManagedBy   = "terraform"
      Recipe      = "multi-cluster-eks-cross-region"
    }
  }
}

# Secondary region provider
provider "aws" {
  alias  = "secondary"
  region = var.secondary_region
  skip_credentials_validation = true # offline
  skip_requesting_account_id  = true # offline
  skip_metadata_api_check     = true # offline
  skip_region_validation      = true # offline

  default_tags {
    tags = {
      Environment = var.environment
      Project     = var.project_name
      ManagedBy   = "terraform"
      Recipe      = "multi-cluster-eks-cross-region"
    }
  }
}

# offline: upstream has no default provider "aws" block; the resources without a
# provider argument (the IAM roles and attachments, the optional health checks) use
# the default configuration, whose region comes from the environment (ENV:
# AWS_REGION). This block only adds the offline settings; it sets no region.
provider "aws" {
  skip_credentials_validation = true # offline
  skip_requesting_account_id  = true # offline
  skip_metadata_api_check     = true # offline
  skip_region_validation      = true # offline
}
