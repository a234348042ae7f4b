# same-region-references on AWS Backup vaults, which other resources name
# by vault name, looked up in their own region. The us-east-1 plan's rule
# targets the us-east-1 vault and copies to the us-west-2 vault by ARN
# (cross-region by design): it passes. The DR vault's policy is made with
# the default provider (us-east-1) while naming the us-west-2 vault, as
# code that forgets `provider` writes it: AWS would look for that name in
# us-east-1, and the DR vault gets no policy; it fails.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  region                      = "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "dr"
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_backup_vault" "primary" {
  name = "orders-primary"
}

resource "aws_backup_vault" "dr" {
  provider = aws.dr
  name     = "orders-dr"
}

resource "aws_backup_plan" "orders" {
  name = "orders"
  rule {
    rule_name         = "daily"
    target_vault_name = aws_backup_vault.primary.name
    schedule          = "cron(0 5 * * ? *)"
    copy_action {
      destination_vault_arn = aws_backup_vault.dr.arn
    }
  }
}

data "aws_iam_policy_document" "vault" {
  statement {
    sid       = "DenyDelete"
    effect    = "Deny"
    actions   = ["backup:DeleteRecoveryPoint"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
  }
}

resource "aws_backup_vault_policy" "primary" {
  backup_vault_name = aws_backup_vault.primary.name
  policy            = data.aws_iam_policy_document.vault.json
}

resource "aws_backup_vault_policy" "dr" {
  backup_vault_name = aws_backup_vault.dr.name
  policy            = data.aws_iam_policy_document.vault.json
}
