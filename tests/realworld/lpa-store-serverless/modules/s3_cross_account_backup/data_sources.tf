# offline: data "aws_caller_identity" "backup_account" (provider aws.backup-account) and
# "source_account" (provider aws.source-account), STS at plan time -> the accounts the root's
# providers assume roles in: the backup account (local.backup_account_id upstream) and the
# development account
locals {
  offline_backup_account_id = "238302996107"
  offline_source_account_id = "493907465011"
}

data "aws_region" "backup_account" {
  provider = aws.backup-account
}
