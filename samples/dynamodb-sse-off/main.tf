# kms-key-per-region and DynamoDB tables whose encryption is turned off.
# mineiros-io/terraform-aws-dynamodb passes the key through a local beside
# `enabled`: with no key given, enabled = false and the table uses the
# AWS-owned key, whatever kms_key_arn says. Plan JSON does not describe the
# local, so the key attribute looked like an unresolved key of the
# orders table, and us-west-2 was unknown. Encryption being known to be
# off, the table names no key: us-west-2 holds no data encrypted with a
# key of its own, and only the payments table (us-east-1, its key there)
# is a subject.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}
provider "aws" {
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

variable "kms_key_arn" {
  type    = string
  default = null
}

locals {
  # no customer key given: AWS-owned encryption
  sse = var.kms_key_arn == null ? { enabled = false, kms_key_arn = null } : { enabled = true, kms_key_arn = var.kms_key_arn }
}

resource "aws_dynamodb_table" "orders" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
  server_side_encryption {
    enabled     = local.sse.enabled
    kms_key_arn = local.sse.kms_key_arn
  }
}

provider "aws" {
  alias                       = "east"
  region                      = "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_kms_key" "payments" {
  provider    = aws.east
  description = "payments"
}

resource "aws_dynamodb_table" "payments" {
  provider     = aws.east
  name         = "payments"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.payments.arn
  }
}
