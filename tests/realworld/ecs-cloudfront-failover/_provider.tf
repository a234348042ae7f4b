/* multi region provider */
provider "aws" {
  region = "us-east-1"
  # offline: mock credentials, no AWS calls at plan time
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

provider "aws" {
  alias  = "eu-west-1"
  region = "eu-west-1"
  # offline: mock credentials, no AWS calls at plan time
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}
