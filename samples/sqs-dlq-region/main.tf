# same-region-references on SQS redrive: a queue's dead-letter queue, and
# the source queues a redrive allow policy names, must be of its own
# account and region.
# - orders_dr (us-west-2) names the primary's dead-letter queue (us-east-1)
#   in its redrive_policy: fails;
# - aws_sqs_queue_redrive_policy.billing_dr does the same: fails;
# - aws_sqs_queue_redrive_allow_policy.dlq_dr lets only the primary's
#   queue (us-east-1) use a us-west-2 dead-letter queue: fails;
# - orders (us-east-1) and its dead-letter queue pass.
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

resource "aws_sqs_queue" "dlq" {
  name = "orders-dlq"
}

resource "aws_sqs_queue" "orders" {
  name = "orders"
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dlq.arn
    maxReceiveCount     = 5
  })
}

resource "aws_sqs_queue" "orders_dr" {
  provider = aws.dr
  name     = "orders-dr"
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dlq.arn
    maxReceiveCount     = 5
  })
}

resource "aws_sqs_queue" "billing_dr" {
  provider = aws.dr
  name     = "billing-dr"
}

resource "aws_sqs_queue_redrive_policy" "billing_dr" {
  provider  = aws.dr
  queue_url = aws_sqs_queue.billing_dr.id
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dlq.arn
    maxReceiveCount     = 5
  })
}

resource "aws_sqs_queue" "dlq_dr" {
  provider = aws.dr
  name     = "orders-dlq-dr"
}

resource "aws_sqs_queue_redrive_allow_policy" "dlq_dr" {
  provider  = aws.dr
  queue_url = aws_sqs_queue.dlq_dr.id
  redrive_allow_policy = jsonencode({
    redrivePermission = "byQueue"
    sourceQueueArns   = [aws_sqs_queue.orders.arn]
  })
}
