# dr-replica-region: an active-active worker over a DynamoDB global table.
# The table lives in us-east-1 with replica blocks in us-west-2 and
# eu-west-1; no provider of the plan is known to be in either. The
# replicas make both DR regions (the catalog counts a replica as the table
# in its region). A function runs in us-east-1 and another on a provider
# whose region the plan does not show: whether us-west-2 and eu-west-1
# hold compute is undecided, not a failure. Nothing routes traffic and
# nothing raises an alarm: dns and monitoring fail.

resource "aws_dynamodb_table" "jobs" {
  provider         = aws.primary
  name             = "jobs"
  billing_mode     = "PAY_PER_REQUEST"
  hash_key         = "id"
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"

  attribute {
    name = "id"
    type = "S"
  }

  replica {
    region_name = "us-west-2"
  }

  replica {
    region_name = "eu-west-1"
  }
}

resource "aws_lambda_function" "primary" {
  provider      = aws.primary
  function_name = "jobs-worker"
  role          = "arn:aws:iam::123456789012:role/jobs-worker"
  handler       = "worker.handler"
  runtime       = "python3.12"
  s3_bucket     = "jobs-artifacts-use1"
  s3_key        = "worker.zip"
}

resource "aws_lambda_function" "secondary" {
  provider      = aws.secondary
  function_name = "jobs-worker"
  role          = "arn:aws:iam::123456789012:role/jobs-worker"
  handler       = "worker.handler"
  runtime       = "python3.12"
  s3_bucket     = "jobs-artifacts-usw2"
  s3_key        = "worker.zip"
}
