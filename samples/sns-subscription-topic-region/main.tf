# same-region-references on SNS fan-out to a queue in each region. SNS
# takes a subscription only in its topic's region, whatever the region of
# the queue it delivers to (the provider's documentation says the same):
# - primary, made with the topic's us-east-1 provider, passes;
# - secondary, made with the us-west-2 provider of its queue for the
#   us-east-1 topic, fails (it was no subject).
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
  alias                       = "secondary"
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_sns_topic" "orders" {
  name = "orders"
}

resource "aws_sqs_queue" "primary" {
  name = "orders-use1"
}

resource "aws_sqs_queue" "secondary" {
  provider = aws.secondary
  name     = "orders-usw2"
}

resource "aws_sns_topic_subscription" "primary" {
  topic_arn = aws_sns_topic.orders.arn
  protocol  = "sqs"
  endpoint  = aws_sqs_queue.primary.arn
}

resource "aws_sns_topic_subscription" "secondary" {
  provider  = aws.secondary
  topic_arn = aws_sns_topic.orders.arn
  protocol  = "sqs"
  endpoint  = aws_sqs_queue.secondary.arn
}
