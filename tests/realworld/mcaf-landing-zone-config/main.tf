locals {
  control_tower_account_ids = {
    audit   = "012345678902"
    logging = "012345678903"
  }
}

provider "aws" {
  region = "eu-central-1"

  # offline: mock credentials and skip flags (not upstream)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

provider "aws" {
  alias  = "audit"
  region = "eu-central-1"

  # offline: upstream assumes arn:aws:iam::${local.control_tower_account_ids.audit}:role/AWSControlTowerExecution
  # (assume_role block removed: STS cannot be reached offline)

  # offline: mock credentials and skip flags (not upstream)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

provider "aws" {
  alias  = "logging"
  region = "eu-central-1"

  # offline: upstream assumes arn:aws:iam::${local.control_tower_account_ids.logging}:role/AWSControlTowerExecution
  # (assume_role block removed: STS cannot be reached offline)

  # offline: mock credentials and skip flags (not upstream)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

# offline: provider "datadog" and provider "mcaf" removed (not in the offline mirror)

module "landing_zone" {
  providers = { aws = aws, aws.audit = aws.audit, aws.logging = aws.logging }

  source = "./modules/landing-zone" # offline: was "../../" (the module, trimmed: SOURCE.md)

  control_tower_account_ids = local.control_tower_account_ids

  regions = {
    allowed_regions = ["eu-central-1", "eu-west-1"] # offline: upstream's example allows eu-central-1 only
    home_region     = "eu-central-1"
  }

  # offline: not in upstream's example (one aggregator account, so that the
  # aggregate authorizations are planned)
  aws_config = {
    aggregator_account_ids = ["012345678904"]
  }

  # offline: stands for the organisation's accounts (data.aws_organizations_organization)
  offline_organization_account_ids = ["012345678901", "012345678902", "012345678903", "012345678904"]
}
