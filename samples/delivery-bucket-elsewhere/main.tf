# kms-key-per-region on deliveries to a bucket outside the plan: a member
# account's trail writes to its organisation's log-archive bucket, named by
# a literal, and CloudTrail encrypts with the key of the bucket's region,
# which a bucket name does not hold.
# - member_a names a us-east-1 key, member_b a eu-west-1 key, for the
#   same bucket: at most one can be right, and both are unknown, not passed;
# - local, delivering to a bucket of the plan in eu-west-1 with a key of
#   eu-west-1, passes.
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

resource "aws_cloudtrail" "member_a" {
  name           = "member-a"
  s3_bucket_name = "org-log-archive-999999999999"
  kms_key_id     = "arn:aws:kms:us-east-1:999999999999:key/11111111-2222-3333-4444-555555555555"
}

resource "aws_cloudtrail" "member_b" {
  name           = "member-b"
  s3_bucket_name = "org-log-archive-999999999999"
  kms_key_id     = "arn:aws:kms:eu-west-1:999999999999:key/66666666-7777-8888-9999-000000000000"
}

resource "aws_kms_key" "trail" {}

resource "aws_s3_bucket" "trail" {
  bucket = "pg-sample-local-trail"
}

resource "aws_cloudtrail" "local" {
  name           = "local"
  s3_bucket_name = aws_s3_bucket.trail.id
  kms_key_id     = aws_kms_key.trail.arn
}
