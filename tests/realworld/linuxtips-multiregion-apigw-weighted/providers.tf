provider "aws" {
  region = var.region
  skip_credentials_validation = true # offline
  skip_requesting_account_id  = true # offline
  skip_metadata_api_check     = true # offline
  skip_region_validation      = true # offline
}

provider "aws" {
  alias  = "secondary"
  region = var.region_secondary
  skip_credentials_validation = true # offline
  skip_requesting_account_id  = true # offline
  skip_metadata_api_check     = true # offline
  skip_region_validation      = true # offline
}