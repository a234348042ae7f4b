# A KMS key named through a local value inside a nested block. The
# us-west-2 bucket's encryption rule takes kms_master_key_id from a local
# that holds us-east-1's key: S3 rejects a key of another region. Plan JSON
# does not describe locals, and the attribute is inside rule {
# apply_server_side_encryption_by_default { } }, so without the terraform
# graph the configuration counted as encrypted by its settings (aws:kms)
# with no key named, and passed unseen. It is now unknown, naming the
# nested attribute (open_labels()); with --tf-graph tf-graph-plan.dot it
# fails.
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

resource "aws_kms_key" "east" {
  description = "east"
}

resource "aws_kms_key" "west" {
  provider    = aws.dr
  description = "west"
}

locals {
  bucket_key = aws_kms_key.east.arn
}

resource "aws_s3_bucket" "dr" {
  provider = aws.dr
  bucket   = "app-dr-data"
}

# The defect: us-east-1's key for a us-west-2 bucket.
resource "aws_s3_bucket_server_side_encryption_configuration" "dr" {
  provider = aws.dr
  bucket   = aws_s3_bucket.dr.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = local.bucket_key
    }
  }
}
