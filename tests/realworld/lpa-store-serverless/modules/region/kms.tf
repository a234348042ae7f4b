resource "aws_kms_key" "cloudwatch" {
  description             = "CloudWatch ${terraform.workspace} ${data.aws_region.current.name}"
  deletion_window_in_days = 10
  policy                  = data.aws_iam_policy_document.cloudwatch_kms.json
  enable_key_rotation     = true

  provider = aws.region
}

resource "aws_kms_alias" "cloudwatch_standard_alias" {
  name          = "alias/cloudwatch-${var.environment_name}"
  target_key_id = aws_kms_key.cloudwatch.key_id

  provider = aws.region
}

data "aws_iam_policy_document" "cloudwatch_kms" {
  statement {
    sid       = "Enable Root account permissions on Key"
    effect    = "Allow"
    actions   = ["kms:*"]
    resources = ["*"]
    principals {
      type = "AWS"
      identifiers = [
        "arn:aws:iam::${local.offline_caller_account_id}:root",
      ]
    }
  }
  statement {
    sid       = "Allow Key to be used for Encryption"
    effect    = "Allow"
    resources = ["*"]
    actions = [
      "kms:Encrypt",
      "kms:Decrypt",
      "kms:ReEncrypt*",
      "kms:GenerateDataKey*",
      "kms:DescribeKey",
    ]
    principals {
      type        = "Service"
      identifiers = ["logs.${data.aws_region.current.name}.amazonaws.com"]
    }
  }
  statement {
    sid       = "Key Administrator"
    effect    = "Allow"
    resources = ["*"]
    actions = [
      "kms:Create*",
      "kms:Describe*",
      "kms:Enable*",
      "kms:List*",
      "kms:Put*",
      "kms:Update*",
      "kms:Revoke*",
      "kms:Disable*",
      "kms:Get*",
      "kms:Delete*",
      "kms:TagResource",
      "kms:UntagResource",
      "kms:ScheduleKeyDeletion",
      "kms:CancelKeyDeletion"
    ]

    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::${local.offline_caller_account_id}:role/breakglass"]
    }
  }
}
