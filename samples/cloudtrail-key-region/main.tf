# kms-key-per-region and CloudTrail: AWS requires a trail's KMS key in the
# region of its log bucket, not in the trail's home region. `org` is a
# multi-region trail homed in eu-west-1 that delivers to a us-east-1 bucket
# with a us-east-1 key: right, and it failed before ("use a key in
# eu-west-1"; without another key there, eu-west-1 failed too). `audit`
# names a key of its home region for the same bucket, which CloudTrail
# refuses: it fails now (it passed before), and eu-west-1, which holds that
# key, keeps no encrypted data of the trail's.
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
  alias                       = "home"
  region                      = "eu-west-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
# central log archive bucket and its key in us-east-1
resource "aws_kms_key" "logs" {}
resource "aws_s3_bucket" "trail" { bucket = "org-trail-logs-111111111111" }
resource "aws_s3_bucket_server_side_encryption_configuration" "trail" {
  bucket = aws_s3_bucket.trail.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.logs.arn
    }
  }
}
# multi-region trail homed in eu-west-1, delivering to the us-east-1 bucket;
# CloudTrail requires the SSE-KMS key to be in the bucket's region
resource "aws_cloudtrail" "org" {
  provider              = aws.home
  name                  = "org"
  s3_bucket_name        = aws_s3_bucket.trail.id
  is_multi_region_trail = true
  kms_key_id            = aws_kms_key.logs.arn
}

resource "aws_kms_key" "home" {
  provider = aws.home
}

resource "aws_cloudtrail" "audit" {
  provider       = aws.home
  name           = "audit"
  s3_bucket_name = aws_s3_bucket.trail.id
  kms_key_id     = aws_kms_key.home.arn
}
