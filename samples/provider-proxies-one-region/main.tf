# Provider proxies in one region: module.pair's aws.source and aws.target
# are passed two configurations of eu-west-1 (two accounts of one region,
# as a cross-account association is written). Plan JSON does not record
# which goes where, but every configuration the caller can pass is in
# eu-west-1, so both proxies are. (samples/provider-proxies: two regions.)
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  region                      = "eu-west-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
}

provider "aws" {
  alias                       = "shared_services"
  region                      = "eu-west-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
}

module "pair" {
  source = "./modules/pair"
  providers = {
    aws.source = aws
    aws.target = aws.shared_services
  }
}
