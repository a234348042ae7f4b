# s3-replication-ready on buckets with the deprecated inline
# replication_configuration: the source's inline versioning block is
# written with `dynamic`, which plan JSON's configuration does not record,
# but the plan holds its value, versioning enabled (known): it passes (it
# failed as not versioned). A bucket that writes no versioning at all is
# planned with versioning known only after apply and created unversioned:
# it fails.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

locals {
  versioning = { enabled = true }
}

provider "aws" {
  region                      = "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "replica"
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_iam_role" "replication" {
  name = "repl"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "s3.amazonaws.com" } }]
  })
}
resource "aws_iam_role_policy" "replication" {
  role = aws_iam_role.replication.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = ["s3:GetReplicationConfiguration", "s3:ListBucket"], Resource = ["arn:aws:s3:::d1-source", "arn:aws:s3:::d1-unversioned"] },
      { Effect = "Allow", Action = ["s3:GetObjectVersionForReplication", "s3:GetObjectVersionAcl", "s3:GetObjectVersionTagging"], Resource = ["arn:aws:s3:::d1-source/*", "arn:aws:s3:::d1-unversioned/*"] },
      { Effect = "Allow", Action = ["s3:ReplicateObject", "s3:ReplicateDelete", "s3:ReplicateTags"], Resource = "arn:aws:s3:::d1-replica/*" },
    ]
  })
}

resource "aws_s3_bucket" "replica" {
  provider = aws.replica
  bucket   = "d1-replica"
  versioning {
    enabled = true
  }
}

# Versioned by a dynamic block (terraform-aws-modules/s3-bucket before v3).
resource "aws_s3_bucket" "source" {
  bucket = "d1-source"
  dynamic "versioning" {
    for_each = [local.versioning]
    content {
      enabled = versioning.value.enabled
    }
  }
  replication_configuration {
    role = aws_iam_role.replication.arn
    rules {
      id     = "all"
      status = "Enabled"
      destination {
        bucket        = aws_s3_bucket.replica.arn
        storage_class = "STANDARD"
      }
    }
  }
}

# No versioning written at all: planned as known after apply, created
# unversioned, so replication from it fails.
resource "aws_s3_bucket" "unversioned" {
  bucket = "d1-unversioned"
  replication_configuration {
    role = aws_iam_role.replication.arn
    rules {
      id     = "all"
      status = "Enabled"
      destination {
        bucket        = aws_s3_bucket.replica.arn
        storage_class = "STANDARD"
      }
    }
  }
}
