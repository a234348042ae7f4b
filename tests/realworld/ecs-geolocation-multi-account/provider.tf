terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 4.32.0" # offline: was "~> 4.32.0" (the mirror holds 5.100.0)
    }
  }
}

# Configure the AWS Provider
provider "aws" {
  region  = "ap-southeast-1"
  # offline: assume_role { role_arn = "arn:aws:iam::375257297762:role/OrganizationAccountAccessRole" } removed (STS at plan time)
  # offline: mock credentials and skip flags (not upstream)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

provider "aws" {
  alias   = "eu-central-1"
  region  = "eu-central-1"
  # offline: assume_role { role_arn = "arn:aws:iam::375257297762:role/OrganizationAccountAccessRole" } removed (STS at plan time)
  # offline: mock credentials and skip flags (not upstream)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

provider "aws" {
  alias  = "root"
  region = "ap-southeast-1"
  # offline: assume_role { role_arn = "arn:aws:iam::088302454178:role/SharedRoute53Access" } removed (STS at plan time)
  # offline: mock credentials and skip flags (not upstream)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}