# AWS provider (default): the Modernisation Platform account, which this Terraform configuration should be called using.
provider "aws" {
  region = "eu-west-2"

  # offline: mock credentials and skip_* flags, so that the plan is made
  # without reaching AWS (see SOURCE.md)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

# AWS provider (modernisation-secrets-read): Required for assuming a role into modernisation platform account to read secrets
provider "aws" {
  alias  = "modernisation-secrets-read"
  region = "eu-west-2"
  # offline: assume_role { role_arn = "arn:aws:iam::${data.aws_ssm_parameter.modernisation_platform_account_id.value}:role/modernisation-account-limited-read-member-access" } replaced by mock
  # credentials and skip_* flags (see SOURCE.md)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

# AWS provider (workspace): the workspace account. Required for assuming a role into an account for bootstrapping
provider "aws" {
  alias  = "workspace"
  region = "eu-west-2"
  # offline: assume_role { role_arn = "arn:aws:iam::${local.environment_management.account_ids[terraform.workspace]}:role/ModernisationPlatformAccess" } replaced by mock
  # credentials and skip_* flags (see SOURCE.md)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

# Region specific providers for the workspace. Required for bootstrapping resources in enabled regions.
provider "aws" {
  alias       = "workspace-eu-central-1"
  region      = "eu-central-1"
  max_retries = 100

  # offline: assume_role { role_arn = "arn:aws:iam::${local.environment_management.account_ids[terraform.workspace]}:role/ModernisationPlatformAccess" } replaced by mock
  # credentials and skip_* flags (see SOURCE.md)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

provider "aws" {
  alias       = "workspace-eu-west-1"
  region      = "eu-west-1"
  max_retries = 100

  # offline: assume_role { role_arn = "arn:aws:iam::${local.environment_management.account_ids[terraform.workspace]}:role/ModernisationPlatformAccess" } replaced by mock
  # credentials and skip_* flags (see SOURCE.md)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

provider "aws" {
  alias       = "workspace-eu-west-2"
  region      = "eu-west-2"
  max_retries = 100

  # offline: assume_role { role_arn = "arn:aws:iam::${local.environment_management.account_ids[terraform.workspace]}:role/ModernisationPlatformAccess" } replaced by mock
  # credentials and skip_* flags (see SOURCE.md)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

provider "aws" {
  alias       = "workspace-eu-west-3"
  region      = "eu-west-3"
  max_retries = 100

  # offline: assume_role { role_arn = "arn:aws:iam::${local.environment_management.account_ids[terraform.workspace]}:role/ModernisationPlatformAccess" } replaced by mock
  # credentials and skip_* flags (see SOURCE.md)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

provider "aws" {
  alias       = "workspace-us-east-1"
  region      = "us-east-1"
  max_retries = 100

  # offline: assume_role { role_arn = "arn:aws:iam::${local.environment_management.account_ids[terraform.workspace]}:role/ModernisationPlatformAccess" } replaced by mock
  # credentials and skip_* flags (see SOURCE.md)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

# AWS provider for core-logging
provider "aws" {
  alias  = "core-logging"
  region = "eu-west-2"
  # offline: assume_role { role_arn = "arn:aws:iam::${local.environment_management.account_ids["core-logging-production"]}:role/ModernisationPlatformAccess" } replaced by mock
  # credentials and skip_* flags (see SOURCE.md)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}