# kms-key-per-region on S3 replicas encrypted with a key named by its
# alias ARN. KMS refuses to create an alias under alias/aws/, which only
# AWS-managed keys have, so arn:aws:kms:us-west-2:...:alias/s3-dr-replicas
# names a customer-managed key of us-west-2, made by another stack: the
# us-west-2 subject passes (it failed: "no customer-managed KMS key"). The
# second rule's replicas in eu-west-1 are encrypted with
# alias/aws/s3, the AWS-managed key, and eu-west-1 still fails.
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

provider "aws" {
  alias                       = "eu"
  region                      = "eu-west-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_kms_key" "src" {
  description = "source bucket CMK"
}

resource "aws_s3_bucket" "src" {
  bucket = "orders-src"
}

resource "aws_s3_bucket_versioning" "src" {
  bucket = aws_s3_bucket.src.id
  versioning_configuration { status = "Enabled" }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "src" {
  bucket = aws_s3_bucket.src.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.src.arn
    }
  }
}

resource "aws_s3_bucket" "dst" {
  provider = aws.dr
  bucket   = "orders-dst"
}

resource "aws_s3_bucket_versioning" "dst" {
  provider = aws.dr
  bucket   = aws_s3_bucket.dst.id
  versioning_configuration { status = "Enabled" }
}

resource "aws_s3_bucket" "eu" {
  provider = aws.eu
  bucket   = "orders-eu"
}

resource "aws_s3_bucket_versioning" "eu" {
  provider = aws.eu
  bucket   = aws_s3_bucket.eu.id
  versioning_configuration { status = "Enabled" }
}

resource "aws_iam_role" "crr" {
  name = "orders-crr"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "s3.amazonaws.com" } }]
  })
}

resource "aws_iam_role_policy" "crr" {
  role = aws_iam_role.crr.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = ["s3:GetReplicationConfiguration", "s3:ListBucket"], Resource = aws_s3_bucket.src.arn },
      { Effect = "Allow", Action = ["s3:GetObjectVersionForReplication", "s3:GetObjectVersionAcl"], Resource = "${aws_s3_bucket.src.arn}/*" },
      { Effect = "Allow", Action = ["s3:ReplicateObject", "s3:ReplicateDelete"], Resource = ["${aws_s3_bucket.dst.arn}/*", "${aws_s3_bucket.eu.arn}/*"] },
      { Effect = "Allow", Action = ["kms:Decrypt"], Resource = aws_kms_key.src.arn },
    ]
  })
}

resource "aws_iam_role_policy" "crr_kms" {
  role = aws_iam_role.crr.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["kms:Encrypt"], Resource = "*" }]
  })
}

resource "aws_s3_bucket_replication_configuration" "crr" {
  depends_on = [aws_s3_bucket_versioning.src]
  bucket     = aws_s3_bucket.src.id
  role       = aws_iam_role.crr.arn
  rule {
    id       = "all"
    priority = 1
    status   = "Enabled"
    filter {}
    delete_marker_replication { status = "Disabled" }
    source_selection_criteria {
      sse_kms_encrypted_objects { status = "Enabled" }
    }
    destination {
      bucket = aws_s3_bucket.dst.arn
      encryption_configuration {
        replica_kms_key_id = "arn:aws:kms:us-west-2:111122223333:alias/s3-dr-replicas"
      }
    }
  }
  rule {
    id       = "archive"
    priority = 2
    status   = "Enabled"
    filter { prefix = "archive/" }
    delete_marker_replication { status = "Disabled" }
    source_selection_criteria {
      sse_kms_encrypted_objects { status = "Enabled" }
    }
    destination {
      bucket = aws_s3_bucket.eu.arn
      encryption_configuration {
        replica_kms_key_id = "arn:aws:kms:eu-west-1:111122223333:alias/aws/s3"
      }
    }
  }
}
