provider "aws" {
  alias  = "primary"
  region = var.region_primary
  # offline: skip flags added for a plan with dummy credentials
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias  = "secondary"
  region = var.region_secondary
  # offline: skip flags added for a plan with dummy credentials
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}