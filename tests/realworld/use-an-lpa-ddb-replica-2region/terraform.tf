terraform {


  # offline: backend "s3" commented out (plan runs without a backend): backend "s3" {
  # offline: bucket  = "opg.terraform.state"
  # offline: key     = "opg-use-my-lpa-environment/terraform.tfstate"
  # offline: encrypt = true
  # offline: region  = "eu-west-1"
  # offline: assume_role = {
  # offline: role_arn = "arn:aws:iam::311462405659:role/opg-use-an-lpa-ci"
  # offline: }
  # offline: dynamodb_table = "remote_lock"
  # offline: }

}
variable "default_role" {
  type    = string
  default = "opg-use-an-lpa-ci"
}

variable "management_role" {
  type    = string
  default = "opg-use-an-lpa-ci"
}

provider "aws" {
  region = "eu-west-1"
  default_tags {
    tags = local.default_tags
  }
  skip_credentials_validation = true # offline: assume_role (role_arn = 'arn:aws:iam::${local.environment.account_id}:role/${var.default_role}') dropped, no STS here
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
  skip_credentials_validation = true # offline: assume_role (role_arn = 'arn:aws:iam::${local.environment.account_id}:role/${var.default_role}') dropped, no STS here
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
  skip_credentials_validation = true # offline: assume_role (role_arn = 'arn:aws:iam::${local.environment.account_id}:role/${var.default_role}') dropped, no STS here
  skip_requesting_account_id = true
  skip_metadata_api_check = true
  skip_region_validation = true
}


provider "aws" {
  region = "us-east-1"
  alias  = "us-east-1"
  default_tags {
    tags = local.default_tags
  }
  skip_credentials_validation = true # offline: assume_role (role_arn = 'arn:aws:iam::${local.environment.account_id}:role/${var.default_role}') dropped, no STS here
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

provider "aws" {
  region = "eu-west-1"
  alias  = "identity"
  default_tags {
    tags = local.default_tags
  }
  skip_credentials_validation = true # offline: assume_role (role_arn = 'arn:aws:iam::631181914621:role/${var.default_role}') dropped, no STS here
  skip_requesting_account_id = true
  skip_metadata_api_check = true
  skip_region_validation = true
}

# offline: provider "pagerduty" (token = var.pagerduty_token)
# removed, the provider is not in the mirror


data "aws_region" "current" {}
