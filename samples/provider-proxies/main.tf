# Provider proxies in two regions: module.pair's aws.source and aws.target
# are passed aws (us-east-1) and aws.dr (us-west-2), which plan JSON does
# not record, so each may be either: their regions are unknown, and the
# reason names both configurations. (samples/provider-proxies-one-region:
# where every configuration is in one region, that is the proxies'.)
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  region                      = "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
}

provider "aws" {
  alias                       = "dr"
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
}

module "pair" {
  source = "./modules/pair"
  providers = {
    aws.source = aws
    aws.target = aws.dr
  }
}
