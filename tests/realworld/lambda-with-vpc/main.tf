provider "aws" {
  region = "eu-west-1"

  # Make it faster by skipping something
  skip_metadata_api_check     = true
  skip_region_validation      = true
  skip_credentials_validation = true

  # offline: mock keys and skip_requesting_account_id (planned with no AWS account)
  access_key                 = "mock"
  secret_key                 = "mock"
  skip_requesting_account_id = true
}

# offline: resource "random_pet" "this" (hashicorp/random, not in the mirror)
# replaced by the literal local.offline_pet_id
locals {
  offline_pet_id = "offline-pet"
}

module "lambda_function_in_vpc" {
  source = "./modules/lambda" # offline: was ../../

  function_name = "${local.offline_pet_id}-lambda-in-vpc"
  description   = "My awesome lambda function"
  handler       = "index.lambda_handler"
  runtime       = "python3.12"

  # offline: was source_path = "${path.module}/../fixtures/python-app1" (packaging needs
  # hashicorp/external, local and null); a prebuilt zip name stands for the package
  create_package         = false
  local_existing_package = "python-app1.zip"

  vpc_subnet_ids                     = module.vpc.intra_subnets
  vpc_security_group_ids             = [module.vpc.default_security_group_id]
  attach_network_policy              = true
  replace_security_groups_on_destroy = true
  replacement_security_group_ids     = [module.vpc.default_security_group_id]
}

module "vpc" {
  source = "./modules/vpc" # offline: was terraform-aws-modules/vpc/aws ~> 5.0

  name = local.offline_pet_id
  cidr = "10.10.0.0/16"

  azs           = ["eu-west-1a", "eu-west-1b", "eu-west-1c"]
  intra_subnets = ["10.10.101.0/24", "10.10.102.0/24", "10.10.103.0/24"]

  # Add public_subnets and NAT Gateway to allow access to internet from Lambda
  # public_subnets  = ["10.10.1.0/24", "10.10.2.0/24", "10.10.3.0/24"]
  # enable_nat_gateway = true
}
