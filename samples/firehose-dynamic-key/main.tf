# kms-key-per-region on Firehose streams whose S3 destination is a
# `dynamic` block: the stream and its bucket are in us-east-1, and S3
# encrypts what it delivers only with a key of the bucket's region.
# - module.events names the us-west-2 key: plan only, undecided (the
#   block's key is not shown); with --tf-graph, undecided (the graph shows
#   the keys it depends on, not which one the block names);
# - module.audit names the us-east-1 key: undecided from the plan, passes
#   with --tf-graph;
# - aws_kinesis_firehose_delivery_stream.static names the us-west-2 key in
#   a static block: fails.
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

resource "aws_kms_key" "lake" {}

resource "aws_kms_key" "lake_dr" {
  provider = aws.dr
}

resource "aws_s3_bucket" "lake" {
  bucket = "pg-sample-lake"
}

resource "aws_iam_role" "firehose" {
  name = "firehose-lake"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "firehose.amazonaws.com" } }]
  })
}

module "events" {
  source      = "./modules/stream"
  name        = "events"
  bucket_arn  = aws_s3_bucket.lake.arn
  kms_key_arn = aws_kms_key.lake_dr.arn
  role_arn    = aws_iam_role.firehose.arn
}

module "audit" {
  source      = "./modules/stream"
  name        = "audit"
  bucket_arn  = aws_s3_bucket.lake.arn
  kms_key_arn = aws_kms_key.lake.arn
  role_arn    = aws_iam_role.firehose.arn
}

resource "aws_kinesis_firehose_delivery_stream" "static" {
  name        = "events-static"
  destination = "extended_s3"
  extended_s3_configuration {
    role_arn    = aws_iam_role.firehose.arn
    bucket_arn  = aws_s3_bucket.lake.arn
    kms_key_arn = aws_kms_key.lake_dr.arn
  }
}
