# DynamoDB global tables of the first version (2017.11.29): a table of
# one name in each region, joined by an aws_dynamodb_global_table with a
# replica block per region. It is replication: replica-per-region checks
# that every region in scope holds a replica (us-east-1 and us-east-2
# pass; eu-west-1 holds a users table of its own that the global table
# leaves out, and fails), and dr-components-per-region takes the joined
# regions as DR regions (each holds the table: pass), so the missing
# alarms fail (no dns: tables alone route nothing). Before, both skipped.
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
  alias                       = "ohio"
  region                      = "us-east-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "eu"
  region                      = "eu-west-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_dynamodb_table" "virginia" {
  name             = "users"
  billing_mode     = "PAY_PER_REQUEST"
  hash_key         = "id"
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"
  attribute {
    name = "id"
    type = "S"
  }
}

resource "aws_dynamodb_table" "ohio" {
  provider         = aws.ohio
  name             = "users"
  billing_mode     = "PAY_PER_REQUEST"
  hash_key         = "id"
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"
  attribute {
    name = "id"
    type = "S"
  }
}

resource "aws_dynamodb_table" "ireland" {
  provider         = aws.eu
  name             = "users"
  billing_mode     = "PAY_PER_REQUEST"
  hash_key         = "id"
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"
  attribute {
    name = "id"
    type = "S"
  }
}

resource "aws_dynamodb_global_table" "users" {
  depends_on = [aws_dynamodb_table.virginia, aws_dynamodb_table.ohio]
  name       = "users"

  replica {
    region_name = "us-east-1"
  }

  replica {
    region_name = "us-east-2"
  }
}
