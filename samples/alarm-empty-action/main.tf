# alarms-have-actions on alarms whose only action is an empty string. A
# queue module takes its alarm topic as a variable whose default is "",
# and a caller that leaves it so plans alarm_actions = [""]; the AWS
# provider drops empty strings before it calls PutMetricAlarm, so such an
# alarm has no action at all (a production stack's dead-letter alarms
# were made so, with their actions also disabled).
# - aws_cloudwatch_metric_alarm.dead_letters fails: its only action is "",
#   actions enabled (it passed, as if "" were a topic);
# - aws_cloudwatch_metric_alarm.message_age fails, actions disabled as
#   well: the message asks for a topic and enabled actions (it said only
#   "enable its actions", which would still notify no one);
# - aws_cloudwatch_metric_alarm.paged passes: its topic has a subscriber.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  region                      = "eu-west-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

variable "alarm_sns_topic_arn" {
  type    = string
  default = ""
}

resource "aws_sqs_queue" "dead_letters" {
  name = "instructions-dlq"
}

resource "aws_sqs_queue" "jobs" {
  name = "instructions"
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dead_letters.arn
    maxReceiveCount     = 3
  })
}

resource "aws_cloudwatch_metric_alarm" "dead_letters" {
  alarm_name          = "instructions-dlq-not-empty"
  namespace           = "AWS/SQS"
  metric_name         = "ApproximateNumberOfMessagesVisible"
  dimensions          = { QueueName = aws_sqs_queue.dead_letters.name }
  statistic           = "Maximum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 0
  comparison_operator = "GreaterThanThreshold"
  alarm_actions       = [var.alarm_sns_topic_arn]
}

resource "aws_cloudwatch_metric_alarm" "message_age" {
  alarm_name          = "instructions-message-age"
  namespace           = "AWS/SQS"
  metric_name         = "ApproximateAgeOfOldestMessage"
  dimensions          = { QueueName = aws_sqs_queue.jobs.name }
  statistic           = "Maximum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 600
  comparison_operator = "GreaterThanThreshold"
  actions_enabled     = false
  alarm_actions       = [var.alarm_sns_topic_arn]
}

resource "aws_sns_topic" "oncall" {
  name = "instructions-oncall"
}

resource "aws_sns_topic_subscription" "oncall" {
  topic_arn = aws_sns_topic.oncall.arn
  protocol  = "email"
  endpoint  = "oncall@acme-corp.io"
}

resource "aws_cloudwatch_metric_alarm" "paged" {
  alarm_name          = "instructions-backlog"
  namespace           = "AWS/SQS"
  metric_name         = "ApproximateNumberOfMessagesVisible"
  dimensions          = { QueueName = aws_sqs_queue.jobs.name }
  statistic           = "Maximum"
  period              = 300
  evaluation_periods  = 3
  threshold           = 1000
  comparison_operator = "GreaterThanThreshold"
  alarm_actions       = [aws_sns_topic.oncall.arn]
}
