terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.1.0"
    }
  }

  required_version = ">= 1.3.0"
}

provider "aws" {
  region = "eu-west-1"
  access_key                  = "mock" # offline: mock credentials and skip_* flags (this and the next five lines)
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

provider "aws" {
  alias  = "ap-southeast-1"
  region = "ap-southeast-1"
  access_key                  = "mock" # offline: mock credentials and skip_* flags (this and the next five lines)
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

provider "aws" {
  alias  = "eu-west-1"
  region = "eu-west-1"
  access_key                  = "mock" # offline: mock credentials and skip_* flags (this and the next five lines)
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

provider "aws" {
  alias  = "us-east-1"
  region = "us-east-1"
  access_key                  = "mock" # offline: mock credentials and skip_* flags (this and the next five lines)
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}
