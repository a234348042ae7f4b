# replica-per-region with a region that keeps only logs: Global
# Accelerator is managed from us-west-2, and its flow logs and the
# organisation trail's logs go to buckets there, versioned as baselines
# ask. No database serves us-west-2, so the users table (us-east-1, with
# its replica in eu-west-1) needs no replica there. A versioned bucket the
# plan does not name as a log destination still keeps its region in scope
# (samples/replica-region-object-storage).
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
  alias                       = "logs"
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_dynamodb_table" "users" {
  name             = "users"
  billing_mode     = "PAY_PER_REQUEST"
  hash_key         = "id"
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"

  attribute {
    name = "id"
    type = "S"
  }

  replica {
    region_name = "eu-west-1"
  }
}

resource "aws_s3_bucket" "flow_logs" {
  provider = aws.logs
  bucket   = "replica-region-log-buckets-flow-logs"
}

resource "aws_s3_bucket_versioning" "flow_logs" {
  provider = aws.logs
  bucket   = aws_s3_bucket.flow_logs.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_globalaccelerator_accelerator" "edge" {
  provider        = aws.logs
  name            = "edge"
  ip_address_type = "IPV4"
  enabled         = true

  attributes {
    flow_logs_enabled   = true
    flow_logs_s3_bucket = aws_s3_bucket.flow_logs.bucket
    flow_logs_s3_prefix = "ga/"
  }
}

resource "aws_s3_bucket" "trail" {
  provider = aws.logs
  bucket   = "replica-region-log-buckets-trail"
}

resource "aws_s3_bucket_versioning" "trail" {
  provider = aws.logs
  bucket   = aws_s3_bucket.trail.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_cloudtrail" "org" {
  name                          = "org"
  s3_bucket_name                = aws_s3_bucket.trail.id
  is_multi_region_trail         = true
  include_global_service_events = true
}
