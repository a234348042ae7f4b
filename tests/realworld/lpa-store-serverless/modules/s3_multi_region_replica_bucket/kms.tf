resource "aws_kms_key" "s3" {
  description             = "KMS Key for Encryption at Rest for S3 Bucket ${var.bucket_name}"
  deletion_window_in_days = 10
  enable_key_rotation     = true
  policy                  = data.aws_iam_policy_document.s3_kms.json
}

resource "aws_kms_alias" "s3_alias" {
  name          = "alias/S3-Encryption-${var.bucket_name}"
  target_key_id = aws_kms_key.s3.key_id
}

# See the following link for further information
# https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html
data "aws_iam_policy_document" "s3_kms" {
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
    sid       = "Allow Key to be used for Encryption by Lambda"
    effect    = "Allow"
    resources = ["*"]
    actions = [
      "kms:Encrypt",
      "kms:GenerateDataKey*",
    ]

    principals {
      type        = "AWS"
      identifiers = var.kms_allowed_iam_roles
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
