# same-region-references on Lambda stream consumers of a DynamoDB global
# table. A replica has its own stream in its own region. The us-east-2
# consumer reads it through a data source on the us-east-2 provider, by the
# table's name: that data source reads the replica, not the us-east-1
# table, and the mapping passes (it failed: the data source was taken for
# the table). The second us-east-2 mapping names the us-east-1 table's
# stream itself, which Lambda cannot poll from us-east-2: it fails, with a
# message about streams.
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
  region                      = "us-east-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_dynamodb_table" "t" {
  name             = "orders"
  billing_mode     = "PAY_PER_REQUEST"
  hash_key         = "id"
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"
  attribute {
    name = "id"
    type = "S"
  }
  replica {
    region_name = "us-east-2"
  }
}

# The us-east-2 replica of the same global table, read by name in us-east-2.
data "aws_dynamodb_table" "t_dr" {
  provider = aws.dr
  name     = aws_dynamodb_table.t.id
}

resource "aws_lambda_function" "dr" {
  provider      = aws.dr
  function_name = "consumer"
  role          = "arn:aws:iam::111122223333:role/consumer"
  handler       = "bootstrap"
  runtime       = "provided.al2"
  s3_bucket     = "code-us-east-2"
  s3_key        = "consumer.zip"
}

resource "aws_lambda_event_source_mapping" "dr" {
  provider          = aws.dr
  event_source_arn  = data.aws_dynamodb_table.t_dr.stream_arn
  function_name     = aws_lambda_function.dr.arn
  starting_position = "LATEST"
}

resource "aws_lambda_event_source_mapping" "dr_wrong" {
  provider          = aws.dr
  event_source_arn  = aws_dynamodb_table.t.stream_arn
  function_name     = aws_lambda_function.dr.arn
  starting_position = "LATEST"
}
