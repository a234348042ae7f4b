provider "aws" {
  alias  = "primary"
  region = "eu-west-1" # offline: upstream "local-1" (a placeholder); eu-west-1 as in the README's usage example

  # offline: mock credentials and skip flags
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

provider "aws" {
  alias  = "secondary"
  region = "eu-central-1" # offline: upstream "local-2" (a placeholder); eu-central-1 as in the README's usage example

  # offline: mock credentials and skip flags
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}
