# s3-replication-ready and a bucket's own (deprecated) replication_configuration
# block, as Crown Commercial Service's roots and cds-snc's S3 module write
# it. Its destination is not versioned and its role has no policy: S3
# replicates nothing. The query read only aws_s3_bucket_replication_configuration
# and skipped the plan; the bucket fails now, saying both.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}
provider "aws" {
  region = "eu-west-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
provider "aws" {
  alias  = "london"
  region = "eu-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
resource "aws_iam_role" "replication" {
  name = "replication"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "s3.amazonaws.com" } }] })
}
# destination: NOT versioned -> replication cannot work
resource "aws_s3_bucket" "dest" {
  provider = aws.london
  bucket   = "probe-dest-bucket-123"
}
# (a) inline replication_configuration, as digitalmarketplace-aws writes it
resource "aws_s3_bucket" "src" {
  bucket = "probe-src-bucket-123"
  versioning {
    enabled = true
  }
  replication_configuration {
    role = aws_iam_role.replication.arn
    rules {
      id     = "crr"
      prefix = ""
      status = "Enabled"
      destination {
        bucket = aws_s3_bucket.dest.arn
      }
    }
  }
}
