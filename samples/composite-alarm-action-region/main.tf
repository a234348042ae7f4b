# alarms-have-actions on composite alarms' actions: CloudWatch takes only
# actions of the alarm's own region, for a composite alarm as for a metric
# alarm, so one with an action of another region is never created.
# - composite pager (eu-west-1) pages a us-east-1 topic: fails, and its
#   member latency, which has no actions of its own, fails too (nothing
#   that exists acts on it);
# - composite oncall (eu-west-1) pages a eu-west-1 topic: its member errors
#   passes (composites with actions of their own region are no subjects).
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

provider "aws" {
  alias                       = "use1"
  region                      = "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_sns_topic" "pager_use1" {
  provider = aws.use1
  name     = "pager"
}

resource "aws_sns_topic_subscription" "pager_use1" {
  provider  = aws.use1
  topic_arn = aws_sns_topic.pager_use1.arn
  protocol  = "email"
  endpoint  = "oncall@example.org"
}

resource "aws_sns_topic" "pager" {
  name = "pager"
}

resource "aws_sns_topic_subscription" "pager" {
  topic_arn = aws_sns_topic.pager.arn
  protocol  = "email"
  endpoint  = "oncall@example.org"
}

resource "aws_cloudwatch_metric_alarm" "latency" {
  alarm_name          = "api-latency"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 3
  metric_name         = "TargetResponseTime"
  namespace           = "AWS/ApplicationELB"
  period              = 60
  statistic           = "Average"
  threshold           = 1
}

resource "aws_cloudwatch_composite_alarm" "pager" {
  alarm_name    = "api-pager"
  alarm_rule    = "ALARM(${aws_cloudwatch_metric_alarm.latency.alarm_name})"
  alarm_actions = [aws_sns_topic.pager_use1.arn]
}

resource "aws_cloudwatch_metric_alarm" "errors" {
  alarm_name          = "api-errors"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 3
  metric_name         = "HTTPCode_Target_5XX_Count"
  namespace           = "AWS/ApplicationELB"
  period              = 60
  statistic           = "Sum"
  threshold           = 10
}

resource "aws_cloudwatch_composite_alarm" "oncall" {
  alarm_name    = "api-oncall"
  alarm_rule    = "ALARM(${aws_cloudwatch_metric_alarm.errors.alarm_name})"
  alarm_actions = [aws_sns_topic.pager.arn]
}
