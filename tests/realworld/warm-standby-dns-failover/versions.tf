terraform {
  required_version = ">= 1.5.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.40"
    }
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

  default_tags {
    tags = {
      ManagedBy  = "terraform"
      Repository = "aws-multi-region-dr"
      DRRole     = "primary"
    }
  }
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

  default_tags {
    tags = {
      ManagedBy  = "terraform"
      Repository = "aws-multi-region-dr"
      DRRole     = "standby"
    }
  }
}

# Route53 health check metrics are only published in us-east-1, so alarms on
# them have to be created there no matter where the workload runs.
provider "aws" {
  alias  = "us_east_1"
  region = "us-east-1"

  # offline: mock credentials and skip flags (not upstream)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true

  default_tags {
    tags = {
      ManagedBy  = "terraform"
      Repository = "aws-multi-region-dr"
    }
  }
}

# offline: a default provider block added (not upstream) with mock
# credentials and the skip flags; its region comes from the environment
# (ENV). Only the modules' aws_iam_policy_document data sources, which name
# no provider, use it (no API call); upstream, called as a module, they
# would take the caller's default provider.
provider "aws" {
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}
