terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      # offline: was version = "4.27.0"; the offline mirror holds 5.100.0 only
      version = "5.100.0"
    }
  }
}

provider "aws" {
  region = var.aws_region

  # offline: mock credentials and no AWS calls at plan time
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

# offline: was resource "random_pet" "deployment" { length = 2 } (hashicorp/random,
# not in the offline mirror); a fixed two-word pet name instead
locals {
  offline_deployment_id = "quiet-heron"
}

module "s3website" {
  source               = "./modules/s3website"
  deployment_id        = local.offline_deployment_id
  environment          = terraform.workspace
  s3_canonical_user_id = aws_cloudfront_origin_access_identity.origin_access_identity.s3_canonical_user_id
}

module "s3update_function" {
  source                  = "./modules/function"
  cloudfront_distribution = aws_cloudfront_distribution.s3_distribution
  function_name           = "${terraform.workspace}_s3update_${local.offline_deployment_id}"
  lambda_handler          = "s3update"
  source_dir              = "../bin/s3update"
  tags = {
    environment   = terraform.workspace
    deployment_id = local.offline_deployment_id
  }
}
