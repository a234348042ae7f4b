# kms-key-per-region on DynamoDB replicas of tables under a
# customer-managed key. DynamoDB creates a replica of such a table only
# with a key of the replica's region ("KMSMasterKeyId must be specified
# for each replica"); a table under the AWS-managed key makes its replicas
# under theirs. A multi-region key in eu-west-1 with its replica in
# eu-west-2:
# - "orders" names the key replica in its replica block: it passes;
# - "carts" is under the key, its replica block names none: it fails (it
#   passed, and the replica would never be made);
# - "sessions" is under the AWS-managed key, its replica names none: it
#   passes (it names no key; each region holds a customer key anyway);
# - "ledger" is under the key, replicated by an aws_dynamodb_table_replica
#   that names none: the replica fails (it passed);
# - "audit" is under the key, replicated by an aws_dynamodb_table_replica
#   that names the key replica: both pass.
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
  alias                       = "dr"
  region                      = "eu-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_kms_key" "tables" {
  description  = "tables"
  multi_region = true
}

resource "aws_kms_replica_key" "tables_dr" {
  provider        = aws.dr
  primary_key_arn = aws_kms_key.tables.arn
}

resource "aws_dynamodb_table" "orders" {
  name             = "orders"
  billing_mode     = "PAY_PER_REQUEST"
  hash_key         = "pk"
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"
  attribute {
    name = "pk"
    type = "S"
  }
  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.tables.arn
  }
  replica {
    region_name = "eu-west-2"
    kms_key_arn = aws_kms_replica_key.tables_dr.arn
  }
}

resource "aws_dynamodb_table" "carts" {
  name             = "carts"
  billing_mode     = "PAY_PER_REQUEST"
  hash_key         = "pk"
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"
  attribute {
    name = "pk"
    type = "S"
  }
  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.tables.arn
  }
  replica {
    region_name = "eu-west-2"
  }
}

resource "aws_dynamodb_table" "sessions" {
  name             = "sessions"
  billing_mode     = "PAY_PER_REQUEST"
  hash_key         = "pk"
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"
  attribute {
    name = "pk"
    type = "S"
  }
  server_side_encryption {
    enabled = true
  }
  replica {
    region_name = "eu-west-2"
  }
}

resource "aws_dynamodb_table" "ledger" {
  name             = "ledger"
  billing_mode     = "PAY_PER_REQUEST"
  hash_key         = "pk"
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"
  attribute {
    name = "pk"
    type = "S"
  }
  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.tables.arn
  }
  lifecycle {
    ignore_changes = [replica]
  }
}

resource "aws_dynamodb_table_replica" "ledger" {
  provider         = aws.dr
  global_table_arn = aws_dynamodb_table.ledger.arn
}

resource "aws_dynamodb_table" "audit" {
  name             = "audit"
  billing_mode     = "PAY_PER_REQUEST"
  hash_key         = "pk"
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"
  attribute {
    name = "pk"
    type = "S"
  }
  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.tables.arn
  }
  lifecycle {
    ignore_changes = [replica]
  }
}

resource "aws_dynamodb_table_replica" "audit" {
  provider         = aws.dr
  global_table_arn = aws_dynamodb_table.audit.arn
  kms_key_arn      = aws_kms_replica_key.tables_dr.arn
}
