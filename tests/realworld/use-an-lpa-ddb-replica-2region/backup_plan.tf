resource "aws_backup_plan" "main" {
  count = local.environment.have_a_backup_plan ? 1 : 0
  name  = "${local.environment_name}_main_backup_plan"

  rule {
    completion_window   = 10080
    recovery_point_tags = {}
    rule_name           = "DailyBackups"
    schedule            = "cron(0 5 ? * * *)"
    start_window        = 480
    target_vault_name   = local.offline_data_aws_backup_vault_main.name

    lifecycle {
      cold_storage_after = 0
      delete_after       = 90
    }
  }
  rule {
    completion_window   = 10080
    recovery_point_tags = {}
    rule_name           = "Monthly"
    schedule            = "cron(0 5 1 * ? *)"
    start_window        = 480
    target_vault_name   = local.offline_data_aws_backup_vault_main.name

    lifecycle {
      cold_storage_after = 30
      delete_after       = 365
    }
  }
}

locals { offline_data_aws_backup_vault_main = { arn = "arn:aws:backup:${"eu-west-1"}:123456789012:backup-vault:x_main_backup_vault", name = "x_main_backup_vault", id = "x_main_backup_vault" } } # offline: was data "aws_backup_vault" "main" (provider aws), needs the AWS API



locals { offline_data_aws_iam_role_aws_backup_role = { arn = "arn:aws:iam::123456789012:role/aws_backup_role", name = "aws_backup_role", id = "aws_backup_role", unique_id = "AROAOFFLINE" } } # offline: was data "aws_iam_role" "aws_backup_role" (provider aws), needs the AWS API



resource "aws_backup_selection" "main" {
  count        = local.environment.have_a_backup_plan ? 1 : 0
  iam_role_arn = local.offline_data_aws_iam_role_aws_backup_role.arn
  name         = "${local.environment_name}_main_backup_selection"
  plan_id      = aws_backup_plan.main[0].id

  resources = [
    aws_dynamodb_table.use_codes_table.arn,
    aws_dynamodb_table.use_users_table.arn,
    aws_dynamodb_table.viewer_codes_table.arn,
    aws_dynamodb_table.viewer_activity_table.arn,
    aws_dynamodb_table.user_lpa_actor_map.arn,
    aws_dynamodb_table.stats_table.arn,
  ]
}
