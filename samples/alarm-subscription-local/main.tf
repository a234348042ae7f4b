# Subscriptions made from a local value. The on-call subscriptions are
# one per topic and address, built in a local map; plan JSON records only
# each.value.topic_arn, not which topic each subscription names. Without
# the terraform graph the plan cannot tell whether a topic has a
# subscriber, so both alarms are unknown, and each says why: the
# subscription whose topic comes through a local value (not the alarm's
# own actions, which name their topics by reference). With
# `terraform graph -type=plan` (tf-graph-plan.dot) both topics are
# subscribed, and both alarms pass.
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

variable "oncall_emails" {
  type    = list(string)
  default = ["oncall@example.com"]
}

resource "aws_sns_topic" "alerts" {
  for_each = toset(["critical", "warning"])
  name     = "payments-${each.key}"
}

locals {
  subscriptions = {
    for pair in setproduct(keys(aws_sns_topic.alerts), var.oncall_emails) :
    "${pair[0]}-${pair[1]}" => { topic_arn = aws_sns_topic.alerts[pair[0]].arn, email = pair[1] }
  }
}

resource "aws_sns_topic_subscription" "oncall" {
  for_each  = local.subscriptions
  topic_arn = each.value.topic_arn
  protocol  = "email"
  endpoint  = each.value.email
}

resource "aws_cloudwatch_metric_alarm" "errors" {
  alarm_name          = "payments-errors"
  namespace           = "AWS/ApplicationELB"
  metric_name         = "HTTPCode_Target_5XX_Count"
  statistic           = "Sum"
  period              = 60
  evaluation_periods  = 3
  threshold           = 10
  comparison_operator = "GreaterThanThreshold"
  alarm_actions       = [aws_sns_topic.alerts["critical"].arn]
}

resource "aws_cloudwatch_metric_alarm" "latency" {
  alarm_name          = "payments-latency"
  namespace           = "AWS/ApplicationELB"
  metric_name         = "TargetResponseTime"
  statistic           = "Average"
  period              = 60
  evaluation_periods  = 5
  threshold           = 2
  comparison_operator = "GreaterThanThreshold"
  alarm_actions       = [aws_sns_topic.alerts["warning"].arn]
}
