# s3-replication-ready on sources encrypted with SSE-KMS by default. S3
# replicates an SSE-KMS object only when a rule opts in
# (source_selection_criteria.sse_kms_encrypted_objects Enabled), and then
# requires a replica key (destination.encryption_configuration). Three
# sources, each versioned, encrypted with aws:kms by default and replicated
# by a role allowed everything it needs:
# - "skipped" has no opt-in: S3 copies none of its objects; it fails (it
#   passed);
# - "keyless" opts in with no replica key: S3 rejects it; it fails (it
#   passed);
# - "opted" opts in and names a key of the destination's region: it passes.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  region                      = "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "dr"
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

locals {
  sources = toset(["skipped", "keyless", "opted"])
}

resource "aws_kms_key" "src" {
  description = "source buckets' key"
}

resource "aws_kms_key" "dst" {
  provider    = aws.dr
  description = "replicas' key"
}

resource "aws_s3_bucket" "src" {
  for_each = local.sources
  bucket   = "orders-${each.key}"
}

resource "aws_s3_bucket_versioning" "src" {
  for_each = local.sources
  bucket   = aws_s3_bucket.src[each.key].id
  versioning_configuration { status = "Enabled" }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "src" {
  for_each = local.sources
  bucket   = aws_s3_bucket.src[each.key].id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.src.arn
    }
  }
}

resource "aws_s3_bucket" "dst" {
  provider = aws.dr
  bucket   = "orders-replicas"
}

resource "aws_s3_bucket_versioning" "dst" {
  provider = aws.dr
  bucket   = aws_s3_bucket.dst.id
  versioning_configuration { status = "Enabled" }
}

resource "aws_iam_role" "crr" {
  name = "orders-replication"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "s3.amazonaws.com" } }]
  })
}

resource "aws_iam_role_policy" "crr" {
  role = aws_iam_role.crr.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = ["s3:GetReplicationConfiguration", "s3:ListBucket"], Resource = [for b in aws_s3_bucket.src : b.arn] },
      { Effect = "Allow", Action = ["s3:GetObjectVersionForReplication", "s3:GetObjectVersionAcl"], Resource = [for b in aws_s3_bucket.src : "${b.arn}/*"] },
      { Effect = "Allow", Action = ["s3:ReplicateObject", "s3:ReplicateDelete"], Resource = "${aws_s3_bucket.dst.arn}/*" },
      { Effect = "Allow", Action = ["kms:Decrypt"], Resource = aws_kms_key.src.arn },
      { Effect = "Allow", Action = ["kms:Encrypt"], Resource = aws_kms_key.dst.arn },
    ]
  })
}

resource "aws_s3_bucket_replication_configuration" "skipped" {
  depends_on = [aws_s3_bucket_versioning.src]
  bucket     = aws_s3_bucket.src["skipped"].id
  role       = aws_iam_role.crr.arn
  rule {
    id     = "all"
    status = "Enabled"
    filter {}
    delete_marker_replication { status = "Disabled" }
    destination {
      bucket = aws_s3_bucket.dst.arn
    }
  }
}

resource "aws_s3_bucket_replication_configuration" "keyless" {
  depends_on = [aws_s3_bucket_versioning.src]
  bucket     = aws_s3_bucket.src["keyless"].id
  role       = aws_iam_role.crr.arn
  rule {
    id     = "all"
    status = "Enabled"
    filter {}
    delete_marker_replication { status = "Disabled" }
    source_selection_criteria {
      sse_kms_encrypted_objects { status = "Enabled" }
    }
    destination {
      bucket = aws_s3_bucket.dst.arn
    }
  }
}

resource "aws_s3_bucket_replication_configuration" "opted" {
  depends_on = [aws_s3_bucket_versioning.src]
  bucket     = aws_s3_bucket.src["opted"].id
  role       = aws_iam_role.crr.arn
  rule {
    id     = "all"
    status = "Enabled"
    filter {}
    delete_marker_replication { status = "Disabled" }
    source_selection_criteria {
      sse_kms_encrypted_objects { status = "Enabled" }
    }
    destination {
      bucket = aws_s3_bucket.dst.arn
      encryption_configuration {
        replica_kms_key_id = aws_kms_key.dst.arn
      }
    }
  }
}
