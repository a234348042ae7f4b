provider "aws" {
  region = var.region
  # offline: the four skip_* settings below added to plan without AWS (region upstream's)
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
