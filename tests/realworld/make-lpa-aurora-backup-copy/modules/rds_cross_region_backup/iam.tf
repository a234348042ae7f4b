data "aws_iam_policy_document" "aurora_cluster_backup_role" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["backup.amazonaws.com"]
    }
  }
}

locals { offline_data_aws_kms_key_destination_rds_snapshot_key = { arn = "arn:aws:kms:${"eu-west-2"}:123456789012:key/mrk-10eefe3aacf83ca610eefe3aacf83ca6", id = "mrk-10eefe3aacf83ca610eefe3aacf83ca6", key_id = "mrk-10eefe3aacf83ca610eefe3aacf83ca6", multi_region = true } } # offline: was data "aws_kms_key" "destination_rds_snapshot_key" (provider aws.destination), needs the AWS API




locals { offline_data_aws_kms_key_source_rds_snapshot_key = { arn = "arn:aws:kms:${"eu-west-1"}:123456789012:key/mrk-1da957589d4170d91da957589d4170d9", id = "mrk-1da957589d4170d91da957589d4170d9", key_id = "mrk-1da957589d4170d91da957589d4170d9", multi_region = true } } # offline: was data "aws_kms_key" "source_rds_snapshot_key" (provider aws), needs the AWS API



data "aws_iam_policy_document" "aurora_backup_role" {
  statement {
    actions = ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"]

    resources = [
      local.offline_data_aws_kms_key_source_rds_snapshot_key.arn,
      local.offline_data_aws_kms_key_destination_rds_snapshot_key.arn,
    ]
  }
}

resource "aws_iam_role" "aurora_backup_role" {
  name               = "${var.environment_name}_aurora_cluster_backup_role"
  assume_role_policy = data.aws_iam_policy_document.aurora_cluster_backup_role.json
}

resource "aws_iam_role_policy_attachment" "aurora_backup_role" {
  role       = aws_iam_role.aurora_backup_role.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup"
}

resource "aws_iam_role_policy_attachment" "kms_aurora_backup_role" {
  role       = aws_iam_role.aurora_backup_role.name
  policy_arn = aws_iam_policy.kms_aurora_backup_role.arn
}

resource "aws_iam_policy" "kms_aurora_backup_role" {
  name        = "kms_aurora_backup_role"
  description = "KMS policy for aurora backup role"
  policy      = data.aws_iam_policy_document.aurora_backup_role.json
}