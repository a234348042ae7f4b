# offline: data "aws_caller_identity" "current" {} (STS at plan time) -> the account of
# the providers' assume_role (infra/prod/provider.tf: 375257297762)
locals { offline_account_id = "375257297762" }