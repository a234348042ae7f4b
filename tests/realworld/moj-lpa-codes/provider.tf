# offline: the `terraform { backend "s3" { bucket = "opg.terraform.state", region = "eu-west-1", assume_role = {...}, use_lockfile = true } }` block removed (state in S3 via an assumed role)












provider "aws" {
  region = "eu-west-1"

  skip_credentials_validation = true # offline: assume_role { role_arn = "arn:aws:iam::${local.account.account_id}:role/${var.default_role}", session_name } replaced by the skip_* flags (dummy keys from the environment)
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
  default_tags {
    tags = local.default_tags
  }
}

provider "aws" {
  region = "eu-west-1"
  alias  = "management"

  skip_credentials_validation = true # offline: assume_role { role_arn = "arn:aws:iam::311462405659:role/${var.management_role}", session_name } replaced by the skip_* flags (dummy keys from the environment)
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
  default_tags {
    tags = local.default_tags
  }
}
