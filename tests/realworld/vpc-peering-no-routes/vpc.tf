terraform {
  required_version = ">= 0.12.24" # offline: was "~>0.12.24" (planned with terraform 1.11.4)
}

provider "aws" {
  alias   = "london"
  region  = "eu-west-2"
  # offline: version = "~> 2.60" removed (provider-block versions are deprecated; the mirror holds 5.100.0)

  # offline: mock credentials and skip flags (not upstream)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

provider "aws" {
  alias   = "ireland"
  region  = "eu-west-1"
  # offline: version = "~> 2.60" removed (provider-block versions are deprecated; the mirror holds 5.100.0)

  # offline: mock credentials and skip flags (not upstream)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

module "label" {
  source     = "./modules/terraform-terraform-label" # offline: was "git::https://github.com/cloudposse/terraform-terraform-label.git?ref=tags/0.4.0"
  namespace  = "cormac"
  stage      = terraform.workspace
  name       = "vpc-peering"
  attributes = ["test"]
  delimiter  = "-"
}

locals {
  london_cidr_block  = "10.0.0.0/16"
  ireland_cidr_block = "10.1.0.0/16" //cidir block is not allowed to conflict when peering
}

module "london" {
  providers = {
    aws = aws.london
  }
  source  = "./modules/terraform-aws-vpc" # offline: was "terraform-aws-modules/vpc/aws", version = "~> v2.0" (v2.78.0, the newest 2.x)
  name    = "${module.label.id}-london"
  cidr    = local.london_cidr_block

  azs = ["eu-west-2a"]
  intra_subnets = [
    cidrsubnet(local.london_cidr_block, 8, 1)
  ]

  enable_nat_gateway = false
  enable_vpn_gateway = false
}

module "ireland" {
  providers = {
    aws = aws.ireland
  }
  source  = "./modules/terraform-aws-vpc" # offline: was "terraform-aws-modules/vpc/aws", version = "~> v2.0" (v2.78.0, the newest 2.x)
  name    = "${module.label.id}-ireland"
  cidr    = local.ireland_cidr_block

  azs = ["eu-west-1a"]
  intra_subnets = [
    cidrsubnet(local.ireland_cidr_block, 8, 1)
  ]

  enable_nat_gateway = false
  enable_vpn_gateway = false
}

