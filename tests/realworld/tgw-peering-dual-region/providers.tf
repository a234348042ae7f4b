provider "aws" {
  region = "eu-west-1"
  alias  = "ireland"

  # offline: mock credentials and skip flags (not upstream)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

provider "aws" {
  region = "eu-west-2"
  alias  = "london"

  # offline: mock credentials and skip flags (not upstream)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}
