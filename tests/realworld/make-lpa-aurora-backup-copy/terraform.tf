terraform {
  # offline: backend "s3" commented out (plan runs without a backend): backend "s3" {
  # offline: bucket         = "opg.terraform.state"
  # offline: key            = "moj-lasting-power-of-attorney-environment/terraform.tfstate"
  # offline: encrypt        = true
  # offline: region         = "eu-west-1"
  # offline: dynamodb_table = "remote_lock"
  # offline: assume_role = {
  # offline: role_arn = "arn:aws:iam::311462405659:role/opg-lpa-ci"
  # offline: }
  # offline: }
}

provider "aws" {
  region = "eu-west-1"
  default_tags {
    tags = local.default_tags
  }
  skip_credentials_validation = true # offline: assume_role (role_arn = 'arn:aws:iam::${local.account.account_id}:role/${var.default_role}') dropped, no STS here
  skip_requesting_account_id = true
  skip_metadata_api_check = true
  skip_region_validation = true


}
provider "aws" {
  region = "eu-west-1"
  alias  = "eu_west_1"
  default_tags {
    tags = local.default_tags
  }
  skip_credentials_validation = true # offline: assume_role (role_arn = 'arn:aws:iam::${local.account.account_id}:role/${var.default_role}') dropped, no STS here
  skip_requesting_account_id = true
  skip_metadata_api_check = true
  skip_region_validation = true


}
provider "aws" {
  region = "eu-west-2"
  alias  = "eu_west_2"
  default_tags {
    tags = local.default_tags
  }
  skip_credentials_validation = true # offline: assume_role (role_arn = 'arn:aws:iam::${local.account.account_id}:role/${var.default_role}') dropped, no STS here
  skip_requesting_account_id = true
  skip_metadata_api_check = true
  skip_region_validation = true

}

provider "aws" {
  alias  = "us_east_1"
  region = "us-east-1"
  default_tags {
    tags = local.default_tags
  }
  skip_credentials_validation = true # offline: assume_role (role_arn = 'arn:aws:iam::${local.account.account_id}:role/${var.default_role}') dropped, no STS here
  skip_requesting_account_id = true
  skip_metadata_api_check = true
  skip_region_validation = true

}

provider "aws" {
  region = "eu-west-1"
  alias  = "management"
  default_tags {
    tags = local.default_tags
  }
  skip_credentials_validation = true # offline: assume_role (role_arn = 'arn:aws:iam::311462405659:role/${var.management_role}') dropped, no STS here
  skip_requesting_account_id = true
  skip_metadata_api_check = true
  skip_region_validation = true
}

# offline: provider "pagerduty" (token = var.pagerduty_token)
# removed, the provider is not in the mirror

