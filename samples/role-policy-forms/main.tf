# s3-replication-ready: every way to attach a policy to the replication
# role counts. Four source buckets in us-east-1 replicate into one bucket
# in eu-west-1, each with its own role:
# - attachment: aws_iam_policy_attachment lists the role in `roles` (passes);
# - inline_exclusive: aws_iam_role_policies_exclusive names the role's
#   inline policies (passes);
# - managed_exclusive: aws_iam_role_policy_attachments_exclusive names the
#   role's managed policies (passes);
# - stripped: aws_iam_role_policy_attachments_exclusive with no policy
#   arns (the role keeps no managed policy), and an aws_iam_policy_attachment
#   for users only: the role has no policy (fails).

locals {
  sources = ["attachment", "inline_exclusive", "managed_exclusive", "stripped"]
  assume  = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = { Service = "s3.amazonaws.com" }, Action = "sts:AssumeRole" }] })
}

resource "aws_s3_bucket" "source" {
  for_each = toset(local.sources)
  bucket   = "acme-${replace(each.key, "_", "-")}-source"
}

resource "aws_s3_bucket_versioning" "source" {
  for_each = toset(local.sources)
  bucket   = aws_s3_bucket.source[each.key].id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket" "replica" {
  provider = aws.replica
  bucket   = "acme-replica"
}

resource "aws_s3_bucket_versioning" "replica" {
  provider = aws.replica
  bucket   = aws_s3_bucket.replica.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_iam_role" "replication" {
  for_each           = toset(local.sources)
  name               = "replication-${each.key}"
  assume_role_policy = local.assume
}

resource "aws_iam_policy" "replication" {
  name = "replication"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = ["s3:GetReplicationConfiguration", "s3:ListBucket", "s3:GetObjectVersion*"], Resource = ["arn:aws:s3:::acme-*"] },
      { Effect = "Allow", Action = ["s3:Replicate*"], Resource = ["${aws_s3_bucket.replica.arn}/*"] }
    ]
  })
}

resource "aws_iam_policy_attachment" "replication" {
  name       = "replication"
  roles      = [aws_iam_role.replication["attachment"].name]
  policy_arn = aws_iam_policy.replication.arn
}

resource "aws_iam_policy_attachment" "auditors" {
  name       = "auditors"
  users      = ["auditor"]
  policy_arn = aws_iam_policy.replication.arn
}

resource "aws_iam_role_policies_exclusive" "inline" {
  role_name    = aws_iam_role.replication["inline_exclusive"].name
  policy_names = ["replication"]
}

resource "aws_iam_role_policy_attachments_exclusive" "managed" {
  role_name   = aws_iam_role.replication["managed_exclusive"].name
  policy_arns = [aws_iam_policy.replication.arn]
}

resource "aws_iam_role_policy_attachments_exclusive" "stripped" {
  role_name   = aws_iam_role.replication["stripped"].name
  policy_arns = []
}

resource "aws_s3_bucket_replication_configuration" "this" {
  for_each   = toset(local.sources)
  depends_on = [aws_s3_bucket_versioning.source]
  bucket     = aws_s3_bucket.source[each.key].id
  role       = aws_iam_role.replication[each.key].arn
  rule {
    id     = "all"
    status = "Enabled"
    destination {
      bucket = aws_s3_bucket.replica.arn
    }
  }
}
