terraform {
  required_version = ">= 0.12.26"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 3.21.0"
    }
  }
}

provider "aws" {
  alias  = "mars"
  region = var.mars_region
  access_key                  = "mock" # offline: mock credentials and skip_* flags (this and the next five lines)
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

provider "aws" {
  alias  = "venus"
  region = var.venus_region
  access_key                  = "mock" # offline: mock credentials and skip_* flags (this and the next five lines)
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

provider "aws" {
  region = var.earth_region
  access_key                  = "mock" # offline: mock credentials and skip_* flags (this and the next five lines)
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

provider "aws" {
  alias  = "earth"
  region = var.earth_region
  access_key                  = "mock" # offline: mock credentials and skip_* flags (this and the next five lines)
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}
