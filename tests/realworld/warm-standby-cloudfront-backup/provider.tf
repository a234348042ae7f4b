provider "aws" {
  alias  = "primary"
  region = "us-east-1"
  skip_credentials_validation = true # offline
  skip_requesting_account_id  = true # offline
  skip_metadata_api_check     = true # offline
  skip_region_validation      = true # offline
}

provider "aws" {
  alias  = "secondary"
  region = "us-west-2"
  skip_credentials_validation = true # offline
  skip_requesting_account_id  = true # offline
  skip_metadata_api_check     = true # offline
  skip_region_validation      = true # offline
}

# offline: upstream declares no default (unaliased) provider, yet most resources use it;
# terraform makes an empty one, whose region comes from the environment (ENV: AWS_REGION).
provider "aws" {
  skip_credentials_validation = true # offline
  skip_requesting_account_id  = true # offline
  skip_metadata_api_check     = true # offline
  skip_region_validation      = true # offline
}
