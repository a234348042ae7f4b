# offline: upstream's providers.tf, trimmed to the default provider and the
# five aliases the files planned here use (us-east-1, eu-west-1, eu-west-2,
# eu-west-3, eu-central-1); its awscc provider and its 17 other aws aliases
# (us-east-2, us-west-1, us-west-2, af-south-1, ap-*, ca-central-1,
# eu-south-1, eu-north-1, me-south-1, sa-east-1), used by files left out
# (GuardDuty, Firewall Manager, ...), are removed.

# Default provider

provider "aws" {
  region = "eu-west-2"
  # offline: mock credentials and skip flags (not upstream)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

provider "aws" {
  alias  = "us-east-1"
  region = "us-east-1"
  # offline: mock credentials and skip flags (not upstream)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

provider "aws" {
  alias  = "eu-central-1"
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
  alias  = "eu-west-1"
  region = "eu-west-1"
  # offline: mock credentials and skip flags (not upstream)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

provider "aws" {
  alias  = "eu-west-2"
  region = "eu-west-2"
  # offline: mock credentials and skip flags (not upstream)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

provider "aws" {
  alias  = "eu-west-3"
  region = "eu-west-3"
  # offline: mock credentials and skip flags (not upstream)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}
