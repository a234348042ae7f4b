# s3-replication-ready on S3's replication schemas. A rule with a filter
# is of the V2 schema, and S3 requires a DeleteMarkerReplication element
# in every V2 rule: PutBucketReplication refuses one without it
# ("DeleteMarkerReplication must be specified for this version of Cross
# Region Replication configuration schema"), and the provider sends none
# unless the rule writes a delete_marker_replication block. S3 also refuses
# delete marker replication Enabled in a rule whose filter names a tag. The
# configuration never applies, and the DR bucket receives nothing.
# - aws_s3_bucket_replication_configuration.backups fails: its rule filters
#   by prefix and writes no delete_marker_replication;
# - aws_s3_bucket_replication_configuration.tagged fails: its rule filters
#   by a tag and replicates delete markers;
# - aws_s3_bucket_replication_configuration.orders passes: its rule filters
#   by prefix with delete_marker_replication Disabled.
# Plan it with scripts/regen-samples.

locals {
  pairs = ["backups", "tagged", "orders"]
}

resource "aws_s3_bucket" "source" {
  for_each = toset(local.pairs)
  bucket   = "example-${each.key}-use1"
}

resource "aws_s3_bucket" "replica" {
  for_each = toset(local.pairs)
  provider = aws.dr
  bucket   = "example-${each.key}-usw2"
}

resource "aws_s3_bucket_versioning" "source" {
  for_each = toset(local.pairs)
  bucket   = aws_s3_bucket.source[each.key].id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_versioning" "replica" {
  for_each = toset(local.pairs)
  provider = aws.dr
  bucket   = aws_s3_bucket.replica[each.key].id
  versioning_configuration {
    status = "Enabled"
  }
}

data "aws_iam_policy_document" "assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["s3.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "replication" {
  name               = "replication"
  assume_role_policy = data.aws_iam_policy_document.assume.json
}

resource "aws_iam_role_policy_attachment" "replication" {
  role       = aws_iam_role.replication.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AmazonS3ReplicationRole"
}

resource "aws_s3_bucket_replication_configuration" "backups" {
  depends_on = [aws_s3_bucket_versioning.source]
  role       = aws_iam_role.replication.arn
  bucket     = aws_s3_bucket.source["backups"].id

  rule {
    id     = "backups"
    status = "Enabled"
    filter {
      prefix = "backups/"
    }
    destination {
      bucket        = aws_s3_bucket.replica["backups"].arn
      storage_class = "STANDARD_IA"
    }
  }
}

resource "aws_s3_bucket_replication_configuration" "tagged" {
  depends_on = [aws_s3_bucket_versioning.source]
  role       = aws_iam_role.replication.arn
  bucket     = aws_s3_bucket.source["tagged"].id

  rule {
    id     = "critical"
    status = "Enabled"
    filter {
      and {
        prefix = "data/"
        tags = {
          Tier = "critical"
        }
      }
    }
    delete_marker_replication {
      status = "Enabled"
    }
    destination {
      bucket = aws_s3_bucket.replica["tagged"].arn
    }
  }
}

resource "aws_s3_bucket_replication_configuration" "orders" {
  depends_on = [aws_s3_bucket_versioning.source]
  role       = aws_iam_role.replication.arn
  bucket     = aws_s3_bucket.source["orders"].id

  rule {
    id       = "orders"
    priority = 1
    status   = "Enabled"
    filter {
      prefix = "orders/"
    }
    delete_marker_replication {
      status = "Disabled"
    }
    destination {
      bucket = aws_s3_bucket.replica["orders"].arn
    }
  }
}
