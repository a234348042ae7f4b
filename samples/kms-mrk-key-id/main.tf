# kms-key-per-region on multi-Region keys named by key id: related
# multi-Region keys share one key id (mrk-...), which a service resolves in
# its own region, so there a replica of the key is the key it uses.
# - aws_sns_topic.use2 (us-east-2) names the us-east-1 key by key_id, and
#   the key has a replica in us-east-2: passes;
# - aws_cloudwatch_log_group.use2_by_arn (us-east-2) names the us-east-1
#   key by ARN: fails, and the message names the replica to use;
# - aws_sns_topic.euw1 (eu-west-1) names it by key_id where it has no
#   replica: fails;
# - aws_cloudwatch_log_group.use2 names the replica's ARN: passes;
# - aws_s3_bucket_server_side_encryption_configuration.use2 (us-east-2)
#   names the key by id inside its rule block, as
#   binbashar/terraform-aws-tfstate-backend encrypts its replica bucket:
#   passes (a key id read in a nested block is one still);
# - aws_s3_bucket_server_side_encryption_configuration.use2_by_arn names it
#   by ARN there: fails.
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
  alias                       = "use2"
  region                      = "us-east-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "euw1"
  region                      = "eu-west-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_kms_key" "main" {
  description  = "alarms"
  multi_region = true
}

resource "aws_kms_replica_key" "use2" {
  provider        = aws.use2
  primary_key_arn = aws_kms_key.main.arn
}

resource "aws_sns_topic" "use2" {
  provider          = aws.use2
  name              = "alarms"
  kms_master_key_id = aws_kms_key.main.key_id
}

resource "aws_cloudwatch_log_group" "use2" {
  provider   = aws.use2
  name       = "app"
  kms_key_id = aws_kms_replica_key.use2.arn
}

resource "aws_cloudwatch_log_group" "use2_by_arn" {
  provider   = aws.use2
  name       = "audit"
  kms_key_id = aws_kms_key.main.arn
}

resource "aws_sns_topic" "euw1" {
  provider          = aws.euw1
  name              = "alarms"
  kms_master_key_id = aws_kms_key.main.key_id
}

resource "aws_kms_key" "euw1" {
  provider = aws.euw1
}

resource "aws_s3_bucket" "use2" {
  provider = aws.use2
  bucket   = "replica-state"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "use2" {
  provider = aws.use2
  bucket   = aws_s3_bucket.use2.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.main.id
    }
  }
}

resource "aws_s3_bucket" "use2_by_arn" {
  provider = aws.use2
  bucket   = "replica-logs"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "use2_by_arn" {
  provider = aws.use2
  bucket   = aws_s3_bucket.use2_by_arn.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.main.arn
    }
  }
}
