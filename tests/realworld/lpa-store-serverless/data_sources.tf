# offline: data "aws_caller_identity" "current" (provider aws.eu_west_1, STS at plan time)
# -> local.offline_caller_account_id, the environment's account (terraform.tfvars.json)
locals {
  offline_caller_account_id = local.environment.account_id
}

# data "aws_region" "current" {
#   provider = aws.eu_west_1
# }

data "aws_default_tags" "current" {
  provider = aws.eu_west_1
}
