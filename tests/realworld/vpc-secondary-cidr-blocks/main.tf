provider "aws" {
  region = local.region

  # offline (tests/realworld): mock credentials, no AWS API calls for them
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

# offline (tests/realworld): data "aws_availability_zones" "available" (EC2)
# removed; local.offline_az_names below

locals {
  name   = "ex-secondary-cidr-blocks" # offline: was "ex-${basename(path.cwd)}" (the planning directory is a temporary one)
  region = "eu-west-1"

  vpc_cidr              = "10.0.0.0/16"
  secondary_cidr_blocks = ["10.1.0.0/16", "10.2.0.0/16"]
  azs                   = slice(local.offline_az_names, 0, 3)

  # offline (tests/realworld): in place of the data source
  offline_az_names = ["eu-west-1a", "eu-west-1b", "eu-west-1c"]

  tags = {
    Example    = local.name
    GithubRepo = "terraform-aws-vpc"
    GithubOrg  = "terraform-aws-modules"
  }
}

################################################################################
# VPC Module
################################################################################

module "vpc" {
  source = "./modules/vpc" # offline: was ../../

  name = local.name
  cidr = local.vpc_cidr

  secondary_cidr_blocks = local.secondary_cidr_blocks # can add up to 5 total CIDR blocks

  azs = local.azs
  private_subnets = concat(
    [for k, v in local.azs : cidrsubnet(local.vpc_cidr, 4, k)],
    [for k, v in local.azs : cidrsubnet(element(local.secondary_cidr_blocks, 0), 2, k)],
    [for k, v in local.azs : cidrsubnet(element(local.secondary_cidr_blocks, 1), 2, k)],
  )
  public_subnets = [for k, v in local.azs : cidrsubnet(local.vpc_cidr, 8, k + 48)]

  enable_nat_gateway = false

  tags = local.tags
}
