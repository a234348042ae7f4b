locals { offline_data_aws_caller_identity_current = { account_id = "123456789012", arn = "arn:aws:iam::123456789012:role/offline", id = "123456789012", user_id = "AROAOFFLINE" } } # offline: was data "aws_caller_identity" "current" (provider aws), needs the AWS API

data "aws_region" "current" {}

data "aws_region" "secondary" {
  provider = aws.destination
}

resource "aws_backup_plan" "main" {
  name = "${var.environment_name}_aurora_backup_plan"

  rule {
    rule_name         = "DailyBackups"
    target_vault_name = aws_backup_vault.main.name
    schedule          = "cron(0 06 * * ? *)" // Run at 6am UTC every day

    lifecycle {
      delete_after = var.retention_period
    }

    copy_action {
      destination_vault_arn = aws_backup_vault.secondary.arn

      lifecycle {
        delete_after = var.retention_period
      }
    }
  }
}

resource "aws_backup_vault" "main" {
  name        = "${var.environment_name}_${data.aws_region.current.name}_aurora_backup_vault"
  kms_key_arn = local.offline_data_aws_kms_key_source_rds_snapshot_key.arn
}

resource "aws_backup_vault" "secondary" {
  provider    = aws.destination
  name        = "${var.environment_name}_${data.aws_region.secondary.name}_aurora_backup_vault"
  kms_key_arn = local.offline_data_aws_kms_key_destination_rds_snapshot_key.arn
}

resource "aws_backup_selection" "main" {
  plan_id      = aws_backup_plan.main.id
  name         = "${var.environment_name}_aurora_cluster_selection"
  iam_role_arn = aws_iam_role.aurora_backup_role.arn
  resources    = [var.source_cluster_arn]
}
