# same-region-references on SNS fan-out to a queue in each region. SNS
# takes a subscription only in its topic's region, whatever the region of
# the queue it delivers to (the provider's documentation says the same):
# - primary, made with the topic's us-east-1 provider, passes;
# - secondary, made with the us-west-2 provider of its queue for the
#   us-east-1 topic, fails (it was no subject);
# - another stack's topic named by its literal ARN (a root that subscribes
#   to the topics a first root made): audit_west, made with the us-west-2
#   provider for a us-west-2 topic, passes; audit_east, made with the
#   us-east-1 provider for the same us-west-2 topic, fails (both were no
#   subjects: only references were read).
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

# Another stack's topic, named by its ARN.
resource "aws_sqs_queue" "audit" {
  name = "orders-audit"
}

resource "aws_sns_topic_subscription" "audit_west" {
  provider  = aws.secondary
  topic_arn = "arn:aws:sns:us-west-2:123456789012:orders-audit"
  protocol  = "sqs"
  endpoint  = aws_sqs_queue.audit.arn
}

resource "aws_sns_topic_subscription" "audit_east" {
  topic_arn = "arn:aws:sns:us-west-2:123456789012:orders-audit"
  protocol  = "sqs"
  endpoint  = aws_sqs_queue.audit.arn
}
