# kms-key-per-region on a replication configuration whose rule is a
# `dynamic "rule"` block over a local value (its content known at plan)
# that names the replica key by a literal ARN of the source region
# (eu-west-1) for a destination bucket in eu-central-1: S3 needs the
# destination region's key, so SSE-KMS objects never replicate. Plan JSON
# records no reference from a dynamic block, so the destination was not
# shown and the rule passed. From the plan alone it is now undecided (the
# destination bucket is named in a dynamic block); with --tf-graph, which
# shows the buckets the configuration depends on besides its source, it
# fails.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  region                      = "eu-west-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "dst"
  region                      = "eu-central-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_kms_key" "dst" {
  provider = aws.dst
}

resource "aws_s3_bucket" "src" {
  bucket = "orders-src-example"
}

resource "aws_s3_bucket_versioning" "src" {
  bucket = aws_s3_bucket.src.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket" "dst" {
  provider = aws.dst
  bucket   = "orders-dst-example"
}

resource "aws_s3_bucket_versioning" "dst" {
  provider = aws.dst
  bucket   = aws_s3_bucket.dst.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "dst" {
  provider = aws.dst
  bucket   = aws_s3_bucket.dst.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.dst.arn
    }
  }
}

locals {
  rules = [{
    id   = "all"
    dest = aws_s3_bucket.dst.arn
    key  = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  }]
}

resource "aws_s3_bucket_replication_configuration" "this" {
  depends_on = [aws_s3_bucket_versioning.src]
  role       = "arn:aws:iam::111122223333:role/replication"
  bucket     = aws_s3_bucket.src.id

  dynamic "rule" {
    for_each = local.rules
    content {
      id     = rule.value.id
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
        bucket = rule.value.dest
        encryption_configuration {
          replica_kms_key_id = rule.value.key
        }
      }
    }
  }
}
