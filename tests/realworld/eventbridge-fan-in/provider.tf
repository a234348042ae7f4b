terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "5.100.0" # offline: was "5.9.0"; the mirror holds 5.100.0 only
    }
  }
}

//Region where Central EventBus will exist
provider "aws" {
  region = "ca-central-1"
  alias = "central"

  # offline: mock credentials, nothing reaches AWS
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}
    
//Region where current Eventbuses exist for fan-in
provider "aws" {
  region = "us-east-2"
  alias = "others"

  # offline: mock credentials, nothing reaches AWS
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

# offline: upstream has no default provider block (the default provider then
# takes its region from the environment, ENV); added only for the mock
# credentials, with no region
provider "aws" {
  # offline: mock credentials, nothing reaches AWS
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}
