# versions.tf - Provider requirements and version constraints

terraform {
  required_version = ">= 1.0"
  
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
    # offline: hashicorp/random and hashicorp/archive dropped (not in the mirror)
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
      Environment = var.environment
      Project     = "multi-region-event-replication"
      Purpose     = "eventbridge-global-replication"
      ManagedBy   = "terraform"
    }
  }
}

# Configure the AWS Provider for secondary region
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
      Environment = var.environment
      Project     = "multi-region-event-replication"
      Purpose     = "eventbridge-global-replication"
      ManagedBy   = "terraform"
    }
  }
}

# Configure the AWS Provider for tertiary region
provider "aws" {
  alias  = "tertiary"
  region = var.tertiary_region
  # offline: four skip_* settings added to plan without AWS
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
  
  default_tags {
    tags = {
      Environment = var.environment
      Project     = "multi-region-event-replication"
      Purpose     = "eventbridge-global-replication"
      ManagedBy   = "terraform"
    }
  }
}