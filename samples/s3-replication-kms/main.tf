# s3-replication-ready with SSE-KMS objects: both pairs of buckets are
# versioned and replicate objects encrypted with a customer-managed key
# into replicas under a key of the destination region. S3 does that as
# the replication role, which needs kms:Decrypt on the source key and
# kms:Encrypt on the replica key; both keys keep their default key policy,
# so only the role's IAM policy can grant them. The "orders" role's policy
# grants the S3 actions alone (fails); the "invoices" role's grants the
# KMS actions too (passes). The "archive" and "ledger" roles get their
# policy as JSON text (jsonencode, as much real code writes it), attached
# with an aws_iam_policy_attachment: archive's grants the S3 actions alone
# (fails), ledger's, a single Statement object, kms:* too (passes).

resource "aws_kms_key" "source" {
  provider    = aws.primary
  description = "bucket keys, us-east-1"
}

resource "aws_kms_key" "replica" {
  provider    = aws.secondary
  description = "replica keys, us-west-2"
}

locals {
  pairs = {
    orders   = { kms = false, json = false }
    invoices = { kms = true, json = false }
    archive  = { kms = false, json = true }
    ledger   = { kms = true, json = true }
  }
  document_pairs = { for k, v in local.pairs : k => v if !v.json }
  json_pairs     = { for k, v in local.pairs : k => v if v.json }
}

resource "aws_s3_bucket" "source" {
  for_each = local.pairs
  provider = aws.primary
  bucket   = "example-${each.key}-use1"
}

resource "aws_s3_bucket" "replica" {
  for_each = local.pairs
  provider = aws.secondary
  bucket   = "example-${each.key}-usw2"
}

resource "aws_s3_bucket_versioning" "source" {
  for_each = local.pairs
  provider = aws.primary
  bucket   = aws_s3_bucket.source[each.key].id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_versioning" "replica" {
  for_each = local.pairs
  provider = aws.secondary
  bucket   = aws_s3_bucket.replica[each.key].id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "source" {
  for_each = local.pairs
  provider = aws.primary
  bucket   = aws_s3_bucket.source[each.key].id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.source.arn
    }
  }
}

data "aws_iam_policy_document" "assume" {
  provider = aws.primary
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["s3.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "replication" {
  for_each           = local.pairs
  provider           = aws.primary
  name               = "${each.key}-replication"
  assume_role_policy = data.aws_iam_policy_document.assume.json
}

data "aws_iam_policy_document" "replication" {
  for_each = local.document_pairs
  provider = aws.primary
  statement {
    actions   = ["s3:GetReplicationConfiguration", "s3:ListBucket"]
    resources = [aws_s3_bucket.source[each.key].arn]
  }
  statement {
    actions   = ["s3:GetObjectVersionForReplication", "s3:GetObjectVersionAcl", "s3:GetObjectVersionTagging"]
    resources = ["${aws_s3_bucket.source[each.key].arn}/*"]
  }
  statement {
    actions   = ["s3:ReplicateObject", "s3:ReplicateDelete", "s3:ReplicateTags"]
    resources = ["${aws_s3_bucket.replica[each.key].arn}/*"]
  }
  dynamic "statement" {
    for_each = each.value.kms ? [1] : []
    content {
      actions   = ["kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey"]
      resources = [aws_kms_key.source.arn, aws_kms_key.replica.arn]
    }
  }
}

resource "aws_iam_policy" "replication" {
  for_each = local.document_pairs
  provider = aws.primary
  name     = "${each.key}-replication"
  policy   = data.aws_iam_policy_document.replication[each.key].json
}

resource "aws_iam_role_policy_attachment" "replication" {
  for_each   = local.document_pairs
  provider   = aws.primary
  role       = aws_iam_role.replication[each.key].name
  policy_arn = aws_iam_policy.replication[each.key].arn
}

# Policies written as JSON text: archive's Statement is a list without
# KMS, ledger's a single object that allows kms:*.
locals {
  json_policies = {
    archive = jsonencode({
      Version = "2012-10-17"
      Statement = [
        {
          Effect   = "Allow"
          Action   = ["s3:GetReplicationConfiguration", "s3:ListBucket", "s3:GetObjectVersionForReplication"]
          Resource = ["arn:aws:s3:::example-archive-use1", "arn:aws:s3:::example-archive-use1/*"]
        },
        {
          Effect   = "Allow"
          Action   = "s3:ReplicateObject"
          Resource = "arn:aws:s3:::example-archive-usw2/*"
        },
      ]
    })
    ledger = jsonencode({
      Version = "2012-10-17"
      Statement = {
        Effect   = "Allow"
        Action   = ["s3:GetReplicationConfiguration", "s3:ListBucket", "s3:GetObjectVersionForReplication", "s3:ReplicateObject", "kms:*"]
        Resource = "*"
      }
    })
  }
}

resource "aws_iam_policy" "replication_json" {
  for_each = local.json_pairs
  provider = aws.primary
  name     = "${each.key}-replication"
  policy   = local.json_policies[each.key]
}

resource "aws_iam_policy_attachment" "replication_json" {
  for_each   = local.json_pairs
  provider   = aws.primary
  name       = "${each.key}-replication"
  roles      = [aws_iam_role.replication[each.key].name]
  policy_arn = aws_iam_policy.replication_json[each.key].arn
}

resource "aws_s3_bucket_replication_configuration" "this" {
  for_each   = local.pairs
  provider   = aws.primary
  bucket     = aws_s3_bucket.source[each.key].id
  role       = aws_iam_role.replication[each.key].arn
  depends_on = [aws_s3_bucket_versioning.source, aws_s3_bucket_versioning.replica]

  rule {
    id     = "all"
    status = "Enabled"
    filter {}
    delete_marker_replication {
      status = "Enabled"
    }
    source_selection_criteria {
      sse_kms_encrypted_objects {
        status = "Enabled"
      }
    }
    destination {
      bucket = aws_s3_bucket.replica[each.key].arn
      encryption_configuration {
        replica_kms_key_id = aws_kms_key.replica.arn
      }
    }
  }
}
