# Terraform and provider version requirements
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

# Configure the AWS Provider
provider "aws" {
  region = var.aws_region
  skip_credentials_validation = true # offline
  skip_requesting_account_id  = true # offline
  skip_metadata_api_check     = true # offline
  skip_region_validation      = true # offline

  # Default tags applied to all resources
  default_tags {
    tags = {
      Environment = var.environment
      Project     = "mixed-instances-asg"
      ManagedBy   = "terraform"
      Recipe      = "auto-scaling-groups-mixed-instance-types-spot-instances"
    }
  }
}