# Alarms whose actions never run. With actions_enabled = false CloudWatch
# still moves the alarm between states but runs none of its actions: the
# shape of an alarm switched off for a maintenance window and never
# switched back. orders_muted has a subscribed topic and its actions
# disabled: it fails. A composite alarm acts on its members only when its
# own actions do: orders_latency is named by a composite alarm whose
# actions are disabled, orders_errors by one whose only topic nothing
# subscribes to; both fail. orders_paged (enabled, subscribed) passes, and
# so does orders_grouped: its own actions are disabled, but a composite
# alarm that pages names it. orders_deploying passes too: it is the paging
# composite alarm's actions_suppressor (it holds the pages back during a
# deployment, and needs no action of its own). orders_west_errors, in
# us-west-2, fails: the us-east-1 composite alarm that names it watches
# alarms of its own region, where there is no such alarm.
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

resource "aws_sns_topic" "oncall" {
  name = "orders-oncall"
}

resource "aws_sns_topic_subscription" "oncall" {
  topic_arn = aws_sns_topic.oncall.arn
  protocol  = "email"
  endpoint  = "oncall@example.com"
}

# A topic made for a team that never subscribed.
resource "aws_sns_topic" "unread" {
  name = "orders-unread"
}

resource "aws_cloudwatch_metric_alarm" "orders_paged" {
  alarm_name          = "orders-5xx"
  namespace           = "AWS/ApplicationELB"
  metric_name         = "HTTPCode_Target_5XX_Count"
  statistic           = "Sum"
  period              = 60
  evaluation_periods  = 3
  threshold           = 10
  comparison_operator = "GreaterThanThreshold"
  alarm_actions       = [aws_sns_topic.oncall.arn]
}

resource "aws_cloudwatch_metric_alarm" "orders_muted" {
  alarm_name          = "orders-unhealthy-hosts"
  namespace           = "AWS/ApplicationELB"
  metric_name         = "UnHealthyHostCount"
  statistic           = "Maximum"
  period              = 60
  evaluation_periods  = 3
  threshold           = 0
  comparison_operator = "GreaterThanThreshold"
  alarm_actions       = [aws_sns_topic.oncall.arn]
  actions_enabled     = false
}

resource "aws_cloudwatch_metric_alarm" "orders_latency" {
  alarm_name          = "orders-latency"
  namespace           = "AWS/ApplicationELB"
  metric_name         = "TargetResponseTime"
  statistic           = "Average"
  period              = 60
  evaluation_periods  = 5
  threshold           = 2
  comparison_operator = "GreaterThanThreshold"
}

resource "aws_cloudwatch_composite_alarm" "orders_slow" {
  alarm_name      = "orders-slow"
  alarm_rule      = "ALARM(${aws_cloudwatch_metric_alarm.orders_latency.alarm_name})"
  alarm_actions   = [aws_sns_topic.oncall.arn]
  actions_enabled = false
}

resource "aws_cloudwatch_metric_alarm" "orders_errors" {
  alarm_name          = "orders-errors"
  namespace           = "AWS/ApplicationELB"
  metric_name         = "HTTPCode_ELB_5XX_Count"
  statistic           = "Sum"
  period              = 60
  evaluation_periods  = 3
  threshold           = 10
  comparison_operator = "GreaterThanThreshold"
}

resource "aws_cloudwatch_composite_alarm" "orders_failing" {
  alarm_name    = "orders-failing"
  alarm_rule    = "ALARM(${aws_cloudwatch_metric_alarm.orders_errors.alarm_name})"
  alarm_actions = [aws_sns_topic.unread.arn]
}

resource "aws_cloudwatch_metric_alarm" "orders_grouped" {
  alarm_name          = "orders-queue-depth"
  namespace           = "AWS/SQS"
  metric_name         = "ApproximateNumberOfMessagesVisible"
  statistic           = "Maximum"
  period              = 60
  evaluation_periods  = 5
  threshold           = 1000
  comparison_operator = "GreaterThanThreshold"
  alarm_actions       = [aws_sns_topic.oncall.arn]
  actions_enabled     = false
}

resource "aws_cloudwatch_composite_alarm" "orders_backlog" {
  alarm_name    = "orders-backlog"
  alarm_rule    = "ALARM(${aws_cloudwatch_metric_alarm.orders_grouped.alarm_name}) OR ALARM(${aws_cloudwatch_metric_alarm.orders_west_errors.alarm_name})"
  alarm_actions = [aws_sns_topic.oncall.arn]

  actions_suppressor {
    alarm            = aws_cloudwatch_metric_alarm.orders_deploying.alarm_name
    extension_period = 60
    wait_period      = 60
  }
}

resource "aws_cloudwatch_metric_alarm" "orders_deploying" {
  alarm_name          = "orders-deploying"
  namespace           = "Deployments"
  metric_name         = "InProgress"
  statistic           = "Maximum"
  period              = 60
  evaluation_periods  = 1
  threshold           = 0
  comparison_operator = "GreaterThanThreshold"
}

provider "aws" {
  alias                       = "west"
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_cloudwatch_metric_alarm" "orders_west_errors" {
  provider            = aws.west
  alarm_name          = "orders-west-errors"
  namespace           = "AWS/ApplicationELB"
  metric_name         = "HTTPCode_ELB_5XX_Count"
  statistic           = "Sum"
  period              = 60
  evaluation_periods  = 3
  threshold           = 10
  comparison_operator = "GreaterThanThreshold"
}
