terraform {
  required_version = ">= 1.8.0"
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.70" }
  }
}

provider "aws" {
  alias  = "primary"
  region = var.primary_region
  # offline: mock credentials and skip flags (not upstream)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

provider "aws" {
  alias  = "secondary"
  region = var.secondary_region
  # offline: mock credentials and skip flags (not upstream)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

module "data" {
  # offline: source "../../modules/global-data" -> "./modules/global-data"
  source = "./modules/global-data"
  providers = {
    aws.primary   = aws.primary
    aws.secondary = aws.secondary
  }
  name             = var.name
  primary_region   = var.primary_region
  secondary_region = var.secondary_region
  tags             = local.tags
}

locals {
  tags = {
    Project            = var.name
    DataClassification = "SYNTHETIC"
    ManagedBy          = "Terraform"
  }
}

