locals { offline_data_aws_sns_topic_rds_events = { arn = "arn:aws:sns:${"eu-west-1"}:123456789012:x-x-rds-events", id = "arn:aws:sns:${"eu-west-1"}:123456789012:x-x-rds-events", name = "x-x-rds-events" } } # offline: was data "aws_sns_topic" "rds_events" (provider aws), needs the AWS API



resource "aws_backup_vault_notifications" "aws_backup_failures" {
  backup_vault_name   = aws_backup_vault.main.name
  sns_topic_arn       = local.offline_data_aws_sns_topic_rds_events.arn
  backup_vault_events = ["BACKUP_JOB_FAILED", "COPY_JOB_FAILED"]
}

data "aws_iam_policy_document" "aws_backup_sns" {
  statement {
    actions = [
      "SNS:Publish",
    ]

    effect = "Allow"

    principals {
      type        = "Service"
      identifiers = ["backup.amazonaws.com"]
    }

    resources = [
      local.offline_data_aws_sns_topic_rds_events.arn,
    ]

  }
}

resource "aws_sns_topic_policy" "aws_backup_failures" {
  arn    = local.offline_data_aws_sns_topic_rds_events.arn
  policy = data.aws_iam_policy_document.aws_backup_sns.json
}