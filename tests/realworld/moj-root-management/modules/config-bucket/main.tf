# offline: resource "random_uuid" "bucket_name" {} removed (hashicorp/random is not in the mirror); its result is the literal UUID below

locals {
  bucket_name = "config-0f8c2a1e-5b7d-4c3e-9a61-2d4f8e7b9c10" # offline: was "config-${random_uuid.bucket_name.result}"
}

module "s3_bucket" {
  source = "../s3"

  attach_policy        = true
  bucket_name          = local.bucket_name
  policy               = data.aws_iam_policy_document.bucket.json
  require_ssl_requests = true
}

data "aws_iam_policy_document" "bucket" {
  version = "2012-10-17"

  statement {
    effect    = "Allow"
    actions   = ["s3:GetBucketAcl"]
    resources = ["arn:aws:s3:::${local.bucket_name}"]

    principals {
      type        = "Service"
      identifiers = ["config.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "AWS:SourceAccount"
      values   = ["111111111111"] # offline: was data.aws_caller_identity.current.account_id
    }
  }

  statement {
    effect    = "Allow"
    actions   = ["s3:ListBucket"]
    resources = ["arn:aws:s3:::${local.bucket_name}"]

    principals {
      type        = "Service"
      identifiers = ["config.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "AWS:SourceAccount"
      values   = ["111111111111"] # offline: was data.aws_caller_identity.current.account_id
    }
  }

  statement {
    effect    = "Allow"
    actions   = ["s3:PutObject"]
    resources = ["arn:aws:s3:::${local.bucket_name}/AWSLogs/111111111111/Config/*"] # offline: was data.aws_caller_identity.current.account_id

    principals {
      type        = "Service"
      identifiers = ["config.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "AWS:SourceAccount"
      values   = ["111111111111"] # offline: was data.aws_caller_identity.current.account_id
    }

    condition {
      test     = "StringEquals"
      variable = "s3:x-amz-acl"
      values   = ["bucket-owner-full-control"]
    }
  }
}
