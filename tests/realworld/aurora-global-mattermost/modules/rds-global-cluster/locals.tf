provider "aws" {
  alias  = "primary"
  region = local.primary.region
  # offline: mock credentials and skip_* flags
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

provider "aws" {
  alias  = "secondary"
  region = local.secondary.region
  # offline: mock credentials and skip_* flags
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

locals {
  primary = {
    region = var.source_region
  }
  secondary = {
    region = var.target_region
  }
  final_snapshot_identifier = "${var.global_cluster_identifier}-${formatdate("YYYYMMDDhhmm", timestamp())}"
}
