# replica-per-region and a region whose provider only reads support data.
# The DynamoDB table is in eu-west-1 with its replica in eu-west-2 (as
# ministryofjustice's LPA stack has it); the "global" us-east-1 provider
# only renders an IAM policy document and reads its own region. A region
# where the plan manages nothing is kept in scope (its provider declares
# intent, and a member
# missing there may be in another configuration's state), so us-east-1
# was unknown; a provider that only reads support data declares no
# workload, and us-east-1 is no member region now.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}
provider "aws" {
  alias  = "eu_west_1"
  region = "eu-west-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
provider "aws" {
  alias  = "eu_west_2"
  region = "eu-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
provider "aws" {
  alias  = "global"
  region = "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
resource "aws_dynamodb_table" "t" {
  provider         = aws.eu_west_1
  name             = "lpas"
  billing_mode     = "PAY_PER_REQUEST"
  hash_key         = "PK"
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"
  attribute {
    name = "PK"
    type = "S"
  }
  lifecycle { ignore_changes = [replica] }
}
resource "aws_dynamodb_table_replica" "t" {
  provider         = aws.eu_west_2
  global_table_arn = aws_dynamodb_table.t.arn
}
# (a) the us-east-1 "global" provider is used only by an IAM policy document (computed locally)
data "aws_iam_policy_document" "p" {
  provider = aws.global
  statement {
    actions   = ["dynamodb:GetItem"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::123456789012:role/app"]
    }
  }
}
resource "aws_dynamodb_resource_policy" "p" {
  provider     = aws.eu_west_1
  resource_arn = aws_dynamodb_table.t.arn
  policy       = data.aws_iam_policy_document.p.json
}

data "aws_region" "global" {
  provider = aws.global
}
