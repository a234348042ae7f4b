# --------------------------------------------------------------------------------------------------
# A list of providers for all AWS regions.
# Reference: https://docs.aws.amazon.com/general/latest/gr/rande.html
# --------------------------------------------------------------------------------------------------

provider "aws" {
  region = "ap-northeast-1"
  alias  = "ap-northeast-1"

  # offline: mock credentials and skip_* flags, so that the plan is made
  # without reaching AWS (see SOURCE.md)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

provider "aws" {
  region = "ap-northeast-2"
  alias  = "ap-northeast-2"

  # offline: mock credentials and skip_* flags, so that the plan is made
  # without reaching AWS (see SOURCE.md)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

provider "aws" {
  region = "ap-northeast-3"
  alias  = "ap-northeast-3"

  # offline: mock credentials and skip_* flags, so that the plan is made
  # without reaching AWS (see SOURCE.md)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

provider "aws" {
  region = "ap-south-1"
  alias  = "ap-south-1"

  # offline: mock credentials and skip_* flags, so that the plan is made
  # without reaching AWS (see SOURCE.md)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

provider "aws" {
  region = "ap-southeast-1"
  alias  = "ap-southeast-1"

  # offline: mock credentials and skip_* flags, so that the plan is made
  # without reaching AWS (see SOURCE.md)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

provider "aws" {
  region = "ap-southeast-2"
  alias  = "ap-southeast-2"

  # offline: mock credentials and skip_* flags, so that the plan is made
  # without reaching AWS (see SOURCE.md)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

provider "aws" {
  region = "ca-central-1"
  alias  = "ca-central-1"

  # offline: mock credentials and skip_* flags, so that the plan is made
  # without reaching AWS (see SOURCE.md)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

provider "aws" {
  region = "eu-central-1"
  alias  = "eu-central-1"

  # offline: mock credentials and skip_* flags, so that the plan is made
  # without reaching AWS (see SOURCE.md)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

provider "aws" {
  region = "eu-north-1"
  alias  = "eu-north-1"

  # offline: mock credentials and skip_* flags, so that the plan is made
  # without reaching AWS (see SOURCE.md)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

provider "aws" {
  region = "eu-west-1"
  alias  = "eu-west-1"

  # offline: mock credentials and skip_* flags, so that the plan is made
  # without reaching AWS (see SOURCE.md)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

provider "aws" {
  region = "eu-west-2"
  alias  = "eu-west-2"

  # offline: mock credentials and skip_* flags, so that the plan is made
  # without reaching AWS (see SOURCE.md)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

provider "aws" {
  region = "eu-west-3"
  alias  = "eu-west-3"

  # offline: mock credentials and skip_* flags, so that the plan is made
  # without reaching AWS (see SOURCE.md)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

provider "aws" {
  region = "sa-east-1"
  alias  = "sa-east-1"

  # offline: mock credentials and skip_* flags, so that the plan is made
  # without reaching AWS (see SOURCE.md)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

provider "aws" {
  region = "us-east-1"
  alias  = "us-east-1"

  # offline: mock credentials and skip_* flags, so that the plan is made
  # without reaching AWS (see SOURCE.md)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

provider "aws" {
  region = "us-east-2"
  alias  = "us-east-2"

  # offline: mock credentials and skip_* flags, so that the plan is made
  # without reaching AWS (see SOURCE.md)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

provider "aws" {
  region = "us-west-1"
  alias  = "us-west-1"

  # offline: mock credentials and skip_* flags, so that the plan is made
  # without reaching AWS (see SOURCE.md)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

provider "aws" {
  region = "us-west-2"
  alias  = "us-west-2"

  # offline: mock credentials and skip_* flags, so that the plan is made
  # without reaching AWS (see SOURCE.md)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

