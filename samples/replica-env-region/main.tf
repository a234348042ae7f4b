# replica-per-region on a root with no region in its code: the provider
# block sets none, and the CI job plans it with AWS_REGION (ENV). Every
# resource is made with that one provider configuration, so the plan is of
# one region, whichever it is, and the replicated table is in it: the
# table passes (it was undecided, "the plan shows no region a database
# could need to cover"). samples/regions-open keeps a group undecided
# where two configurations' regions are unknown.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_dynamodb_table" "main" {
  name             = "app"
  hash_key         = "ID"
  billing_mode     = "PAY_PER_REQUEST"
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"

  attribute {
    name = "ID"
    type = "S"
  }

  replica {
    region_name = "us-east-2"
  }
}

resource "aws_ecr_repository" "main" {
  name = "app"
}
