# kms-key-per-region with `terraform graph -type=plan` (tf-graph-plan.dot)
# on S3 encryption configurations made with for_each over a local map
# whose entries also name a us-west-2 key (for replicas). The graph says
# the local reads both keys. The "logs" instance chooses SSE-S3: the plan
# shows its kms_master_key_id empty and known, so it names no key and is
# no subject (it was unknown, as if it might use the us-west-2 key). The
# "app" instance, whose key is known only after apply, stays unknown: the
# local may give it either key.
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
  alias                       = "west"
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_kms_key" "east" {}
resource "aws_kms_key" "west" {
  provider = aws.west
}
locals {
  buckets = {
    app  = { kms = aws_kms_key.east.arn, replica_kms = aws_kms_key.west.arn }
    logs = { kms = "", replica_kms = aws_kms_key.west.arn }
  }
}
resource "aws_s3_bucket" "b" {
  for_each = local.buckets
  bucket   = "d4-${each.key}"
}
resource "aws_s3_bucket_server_side_encryption_configuration" "sse" {
  for_each = local.buckets
  bucket   = aws_s3_bucket.b[each.key].id
  rule {
    apply_server_side_encryption_by_default {
      kms_master_key_id = each.value.kms != "" ? each.value.kms : null
      sse_algorithm     = each.value.kms != "" ? "aws:kms" : "AES256"
    }
  }
}
output "replica_keys" {
  value = { for k, v in local.buckets : k => v.replica_kms }
}
