terraform {
  # offline: backend "s3" { ... } removed (state bucket reached through an assumed role)

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.8.0"
    }
  }
  required_version = ">= 1.11.0"
}

provider "aws" {
  alias  = "global"
  region = "eu-west-1"

  # offline: assume_role { role_arn = "arn:aws:iam::${local.environment.account_id}:role/${var.default_role}", session_name = "terraform-session" } replaced by mock credentials
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
  alias  = "eu-west-1"
  region = "eu-west-1"

  # offline: assume_role { role_arn = "arn:aws:iam::${local.environment.account_id}:role/${var.default_role}", session_name = "terraform-session" } replaced by mock credentials
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
  alias  = "eu-west-2"
  region = "eu-west-2"

  # offline: assume_role { role_arn = "arn:aws:iam::${local.environment.account_id}:role/${var.default_role}", session_name = "terraform-session" } replaced by mock credentials
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
  alias  = "management"
  region = "eu-west-1"

  # offline: assume_role { role_arn = "arn:aws:iam::311462405659:role/${var.management_role}", session_name = "terraform-session" } replaced by mock credentials
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
  alias  = "shared-eu-west-1"
  region = "eu-west-1"

  # offline: assume_role { role_arn = "arn:aws:iam::${local.environment.shared_account_id}:role/${var.shared_role}", session_name = "terraform-session" } replaced by mock credentials
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
  alias  = "shared-eu-west-2"
  region = "eu-west-2"

  # offline: assume_role { role_arn = "arn:aws:iam::${local.environment.shared_account_id}:role/${var.shared_role}", session_name = "terraform-session" } replaced by mock credentials
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
