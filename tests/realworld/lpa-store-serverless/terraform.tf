# offline: the `terraform { backend "s3" {...} }` block removed (state in S3 via an assumed role)

provider "aws" {
  alias  = "global"
  region = "us-east-1"

  # offline: assume_role { role_arn = ..., session_name = "terraform-session" } replaced by mock credentials
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true

  default_tags {
    tags = local.default_tags
  }
}

provider "aws" {
  alias  = "eu_west_1"
  region = "eu-west-1"

  # offline: assume_role { role_arn = ..., session_name = "terraform-session" } replaced by mock credentials
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true

  default_tags {
    tags = local.default_tags
  }
}

provider "aws" {
  alias  = "eu_west_2"
  region = "eu-west-2"

  # offline: assume_role { role_arn = ..., session_name = "terraform-session" } replaced by mock credentials
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true

  default_tags {
    tags = local.default_tags
  }
}

provider "aws" {
  alias  = "opg_backup"
  region = "eu-west-2"

  # offline: assume_role { role_arn = ..., session_name = "terraform-session" } replaced by mock credentials
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true

  default_tags {
    tags = local.default_tags
  }
}

provider "aws" {
  alias  = "management_eu_west_1"
  region = "eu-west-1"

  # offline: assume_role { role_arn = ..., session_name = "terraform-session" } replaced by mock credentials
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true

  default_tags {
    tags = local.default_tags
  }
}

provider "aws" {
  alias  = "management_eu_west_2"
  region = "eu-west-2"

  # offline: assume_role { role_arn = ..., session_name = "terraform-session" } replaced by mock credentials
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true

  default_tags {
    tags = local.default_tags
  }
}
