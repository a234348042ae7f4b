provider "aws" {
  region = var.website-bucket-region
  # offline: mock credentials and skip_* flags (not upstream)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
  default_tags {
    tags = var.default_tags
  }
}

provider "aws" {
  alias  = "backup-website-region"
  region = var.backup-website-bucket-region
  # offline: mock credentials and skip_* flags (not upstream)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
  default_tags {
    tags = var.default_tags
  }
}

provider "aws" {
  alias  = "cloudfront-certificate"
  region = "us-east-1"
  # offline: mock credentials and skip_* flags (not upstream)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
  default_tags {
    tags = var.default_tags
  }
}

