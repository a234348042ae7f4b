terraform { # offline: the backend "s3" block (bucket "opg.terraform.state", key "opg-data-lpa-instructions-preferences/terraform.tfstate",
  # offline: region "eu-west-1", encrypt, assume_role of the management account's opg-data-lpa-iap-terraform-state-access role, use_lockfile)
  # offline: removed: planned with local state
}










locals {
  tags = {
    application            = "LPA-Instructions-and-Preferences"
    business-unit          = "OPG"
    environment-name       = local.environment
    infrastructure-support = "OPG WebOps: opgteam@digital.justice.gov.uk"
    is-production          = local.account.is_production
    owner                  = "OPG POAS"
    service-area           = "POAS"
    source-code            = "https://github.com/ministryofjustice/opg-data-lpa-instructions-preferences"
  }
}

provider "aws" {
  region = "eu-west-1"
  default_tags {
    tags = local.tags
  }
  skip_credentials_validation = true # offline: upstream's assume_role { role_arn = "arn:aws:iam::${local.account.account_id}:role/${var.default_role}", session_name } replaced by these four flags (mock credentials from the environment)
  skip_requesting_account_id  = true # offline
  skip_metadata_api_check     = true # offline
  skip_region_validation      = true # offline
}

provider "aws" {
  region = "eu-west-1"
  alias  = "management"
  skip_credentials_validation = true # offline: upstream's assume_role { role_arn = "arn:aws:iam::311462405659:role/${var.management_role}", session_name } replaced by these four flags
  skip_requesting_account_id  = true # offline
  skip_metadata_api_check     = true # offline
  skip_region_validation      = true # offline
  default_tags {
    tags = local.tags
  }
}
