data "aws_region" "current" {
  provider = aws.region
}

# offline: data "aws_caller_identity" "current" (provider aws.region, STS at plan time)
# -> local.offline_caller_account_id, the environment's account id
locals {
  offline_caller_account_id = var.environment.account_id
}

data "aws_default_tags" "default" {
  provider = aws.region
}

# offline: data "aws_vpc" "main" (tag:Name = "opg-data-lpa-store-${var.environment.account_name}-vpc"),
# data "aws_subnets" "public" (tag:Name = "public-*"), data "aws_subnets" "application"
# (tag:Name = "application-*"), the VPC that terraform/account builds (EC2 at plan time)
# -> made-up ids per region; data "aws_secretsmanager_secret" "jwt_secret_key" and
# data "aws_kms_alias" "jwt_key" (provider aws.management, in terraform/account) -> the ARNs
# they would return (made-up key id); see SOURCE.md.
locals {
  offline_vpc_ids = {
    "eu-west-1" = "vpc-0e1a000000000e101"
    "eu-west-2" = "vpc-0e2a000000000e201"
  }
  offline_public_subnet_ids = {
    "eu-west-1" = ["subnet-0e1a000000000p101", "subnet-0e1a000000000p102", "subnet-0e1a000000000p103"]
    "eu-west-2" = ["subnet-0e2a000000000p201", "subnet-0e2a000000000p202", "subnet-0e2a000000000p203"]
  }
  offline_application_subnet_ids = {
    "eu-west-1" = ["subnet-0e1a000000000a101", "subnet-0e1a000000000a102", "subnet-0e1a000000000a103"]
    "eu-west-2" = ["subnet-0e2a000000000a201", "subnet-0e2a000000000a202", "subnet-0e2a000000000a203"]
  }
  offline_vpc_id                 = local.offline_vpc_ids[data.aws_region.current.name]
  offline_application_subnet_ids_here = local.offline_application_subnet_ids[data.aws_region.current.name]
  offline_jwt_secret_key_arn     = "arn:aws:secretsmanager:${data.aws_region.current.name}:311462405659:secret:${data.aws_default_tags.default.tags.application}/${data.aws_default_tags.default.tags.account}/jwt-key-AbCdEf"
  offline_jwt_key_target_key_arn = "arn:aws:kms:${data.aws_region.current.name}:311462405659:key/0f0e0d0c-0b0a-4909-8807-060504030201"
}
