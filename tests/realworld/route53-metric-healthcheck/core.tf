terraform {
  required_providers {
    # offline: the archive provider (hashicorp/archive 2.4.2) removed: no
    # archive resource or data source uses it; only hashicorp/aws is mirrored
    aws = {
      source  = "hashicorp/aws"
      version = ">= 4.0" # offline: was "~> 4.0" (the mirror holds 5.100.0)
    }
  }
  # offline: backend "s3" { region = "eu-west-2" } removed
}

provider "aws" {
  alias  = "eu-west-2"
  region = "eu-west-2"
  # offline: assume_role { role_arn = var.deployment_role } replaced by mock credentials
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true


  default_tags {
    tags = {
      ManagedBy                 = "Terraform"
      Name                      = "SML Catalogue"
      "ons:owner:business-unit" = "DST"
      "ons:application:eol"     = "N/A"
      "ons:owner:contact"       = "Steve Gibbard"
      "ons:owner:team"          = "SPP SML"
      "ons:application:name"    = "SML Catalogue"
      "ons:deployment"          = terraform.workspace


    }
  }
}

provider "aws" {
  region = "us-east-1"
  alias  = "us_east_1"
  # offline: assume_role { role_arn = var.deployment_role } replaced by mock credentials
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
  default_tags {
    tags = {
      ManagedBy                 = "Terraform"
      Name                      = "SML Catalogue"
      "ons:owner:business-unit" = "DST"
      "ons:application:eol"     = "N/A"
      "ons:owner:contact"       = "Steve Gibbard"
      "ons:owner:team"          = "SPP SML"
      "ons:application:name"    = "SML Catalogue"
      "ons:deployment"          = terraform.workspace


    }
  }
}

provider "aws" {
  # offline: assume_role { role_arn = var.deployment_role } replaced by mock credentials
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

# offline: provider "archive" { assume_role { role_arn = var.deployment_role } } removed