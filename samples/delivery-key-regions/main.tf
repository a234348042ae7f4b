# kms-key-per-region on services that deliver to a central bucket with a
# key of their own, as multi-region baselines write them: one recorder or
# exporter per region, one KMS-encrypted audit bucket in eu-west-1. AWS
# requires each such key in the bucket's region (Config's s3_kms_key_arn,
# an SSM data sync's, GuardDuty's, Firehose's: "must belong to the same
# Region as the destination bucket"), and the delivering resource keeps no
# data of its own region by it.
# - the eu-west-2 Config delivery channel, SSM data sync and GuardDuty
#   export use the eu-west-1 audit key: pass (they failed, "use a key in
#   eu-west-2", and eu-west-2 failed for lack of a key);
# - the eu-west-2 Firehose stream encrypts what it writes to the audit
#   bucket with a eu-west-2 key: fails, the key must be eu-west-1's.
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
  alias                       = "london"
  region                      = "eu-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_kms_key" "audit" {
  description = "audit logs"
}

resource "aws_s3_bucket" "audit" {
  bucket = "delivery-key-regions-audit"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "audit" {
  bucket = aws_s3_bucket.audit.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.audit.arn
    }
  }
}

resource "aws_iam_role" "config" {
  name = "config-recorder"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "config.amazonaws.com" } }]
  })
}

resource "aws_config_configuration_recorder" "london" {
  provider = aws.london
  name     = "baseline"
  role_arn = aws_iam_role.config.arn
}

resource "aws_config_delivery_channel" "london" {
  provider       = aws.london
  name           = "baseline"
  s3_bucket_name = aws_s3_bucket.audit.id
  s3_kms_key_arn = aws_kms_key.audit.arn
  depends_on     = [aws_config_configuration_recorder.london]
}

resource "aws_ssm_resource_data_sync" "london" {
  provider = aws.london
  name     = "inventory-to-audit"
  s3_destination {
    bucket_name = aws_s3_bucket.audit.id
    region      = "eu-west-1"
    kms_key_arn = aws_kms_key.audit.arn
  }
}

resource "aws_guardduty_detector" "london" {
  provider = aws.london
  enable   = true
}

resource "aws_guardduty_publishing_destination" "london" {
  provider        = aws.london
  detector_id     = aws_guardduty_detector.london.id
  destination_arn = aws_s3_bucket.audit.arn
  kms_key_arn     = aws_kms_key.audit.arn
}

resource "aws_kms_key" "london" {
  provider    = aws.london
  description = "london stream"
}

resource "aws_iam_role" "firehose" {
  name = "firehose-audit"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "firehose.amazonaws.com" } }]
  })
}

resource "aws_kinesis_firehose_delivery_stream" "london" {
  provider    = aws.london
  name        = "audit-events"
  destination = "extended_s3"
  extended_s3_configuration {
    role_arn    = aws_iam_role.firehose.arn
    bucket_arn  = aws_s3_bucket.audit.arn
    kms_key_arn = aws_kms_key.london.arn
  }
}
