# offline: data "aws_caller_identity" "current" {} (STS at plan time) removed;
# local.account_id is a literal

locals {
  account_id        = "123456789012" # offline: was data.aws_caller_identity.current.account_id
  primary_s3_origin = var.root_domain_name
  backup_s3_origin  = "backup-${var.root_domain_name}"
}