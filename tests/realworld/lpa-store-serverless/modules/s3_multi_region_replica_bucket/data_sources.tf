# offline: data "aws_caller_identity" "current" (STS at plan time) -> the development account
locals {
  offline_caller_account_id = "493907465011"
}
