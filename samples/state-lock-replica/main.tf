# dr-components-per-region on a control plane whose only copy in another
# region is its terraform state backend's (aws-ia/terraform-aws-
# control_tower_account_factory keeps its state lock table and bucket
# replicated to a second region): a lock table keyed by LockID, as the S3
# backend requires, is terraform's own, not the workload's data, and no
# failover lands on its replica. It joins no regions and is no database
# tier: no DR topology, the query is skipped (us-west-2 failed "holds no
# compute tier", and dns and monitoring failed with it).
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

resource "aws_iam_role" "fn" {
  name = "fn"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

# Triggered by EventBridge/SQS; serves no traffic.
resource "aws_lambda_function" "processor" {
  function_name = "request-processor"
  role          = aws_iam_role.fn.arn
  handler       = "index.handler"
  runtime       = "python3.12"
  filename      = "fn.zip"
}

# Terraform S3-backend state lock table, replicated to the backup region.
resource "aws_dynamodb_table" "lock" {
  name             = "terraform-state-lock"
  billing_mode     = "PAY_PER_REQUEST"
  hash_key         = "LockID"
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"
  attribute {
    name = "LockID"
    type = "S"
  }
  replica {
    region_name = "us-west-2"
  }
}
