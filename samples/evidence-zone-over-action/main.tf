# A stack deployed once per region with AWS_REGION (no region in the
# provider block), here in us-west-2, whose alarm acts on a fixed topic of
# us-east-1. The subnet's zone shows the region; the alarm's action is
# what the configuration asks of it, which may be wrong. A shown fact
# outranks an assumed one: the provider is in us-west-2 and the alarm
# fails (CloudWatch refuses an action of another region). The two facts
# disagreed before, and every resource of the provider was unknown.
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

variable "alerts_topic_arn" {
  type    = string
  default = "arn:aws:sns:us-east-1:111122223333:ops-alerts"
}

resource "aws_sqs_queue" "orders" {
  name = "orders"
}

resource "aws_cloudwatch_metric_alarm" "backlog" {
  alarm_name          = "orders-backlog"
  namespace           = "AWS/SQS"
  metric_name         = "ApproximateAgeOfOldestMessage"
  dimensions          = { QueueName = aws_sqs_queue.orders.name }
  statistic           = "Maximum"
  period              = 60
  evaluation_periods  = 5
  threshold           = 600
  comparison_operator = "GreaterThanThreshold"
  alarm_actions       = [var.alerts_topic_arn]
}

resource "aws_vpc" "app" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "app" {
  vpc_id            = aws_vpc.app.id
  cidr_block        = "10.0.1.0/24"
  availability_zone = "us-west-2a"
}
