# alarms-have-actions on SNS topics encrypted with the AWS-managed key
# alias/aws/sns. That key's policy, which cannot be edited, does not let
# cloudwatch.amazonaws.com use it, so CloudWatch cannot publish to such a
# topic: every alarm action fails, and a subscription to the topic hears
# nothing. The alarms on the topic that names the key by alias, on the one
# that reads it from a data source, and on two topics (one so encrypted,
# one with no subscriber) fail (the first two passed); the alarm on a
# topic under a customer-managed key passes. The alarm on a topic under
# alias/aws/sns that nothing subscribes to either fails, its message
# naming both causes, so that fixing one does not meet the other.
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

resource "aws_kms_key" "alarms" {
  description = "alarm topic key; its policy allows cloudwatch.amazonaws.com"
}

resource "aws_cloudwatch_log_group" "app" {
  name = "/app/orders"
}

# Read at apply (it depends on a resource the plan creates).
data "aws_kms_alias" "sns" {
  name       = "alias/aws/sns"
  depends_on = [aws_cloudwatch_log_group.app]
}

resource "aws_sns_topic" "managed" {
  name              = "ops-managed-key"
  kms_master_key_id = "alias/aws/sns"
}

resource "aws_sns_topic" "looked_up" {
  name              = "ops-looked-up-key"
  kms_master_key_id = data.aws_kms_alias.sns.arn
}

resource "aws_sns_topic" "own_key" {
  name              = "ops-own-key"
  kms_master_key_id = aws_kms_key.alarms.arn
}

resource "aws_sns_topic" "sealed_alone" {
  name              = "ops-sealed-alone"
  kms_master_key_id = "alias/aws/sns"
}

resource "aws_sns_topic" "unheard" {
  name = "ops-unheard"
}

resource "aws_sns_topic_subscription" "oncall" {
  for_each = {
    managed   = aws_sns_topic.managed.arn
    looked_up = aws_sns_topic.looked_up.arn
    own_key   = aws_sns_topic.own_key.arn
  }
  topic_arn = each.value
  protocol  = "email"
  endpoint  = "oncall@example.org"
}


resource "aws_cloudwatch_metric_alarm" "managed" {
  alarm_name          = "orders-5xx-managed"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 2
  metric_name         = "HTTPCode_Target_5XX_Count"
  namespace           = "AWS/ApplicationELB"
  period              = 60
  statistic           = "Sum"
  threshold           = 10
  alarm_actions       = [aws_sns_topic.managed.arn]
}

resource "aws_cloudwatch_metric_alarm" "looked_up" {
  alarm_name          = "orders-5xx-looked-up"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 2
  metric_name         = "HTTPCode_Target_5XX_Count"
  namespace           = "AWS/ApplicationELB"
  period              = 60
  statistic           = "Sum"
  threshold           = 10
  alarm_actions       = [aws_sns_topic.looked_up.arn]
}

resource "aws_cloudwatch_metric_alarm" "own_key" {
  alarm_name          = "orders-5xx-own-key"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 2
  metric_name         = "HTTPCode_Target_5XX_Count"
  namespace           = "AWS/ApplicationELB"
  period              = 60
  statistic           = "Sum"
  threshold           = 10
  alarm_actions       = [aws_sns_topic.own_key.arn]
}

resource "aws_cloudwatch_metric_alarm" "both" {
  alarm_name          = "orders-5xx-both"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 2
  metric_name         = "HTTPCode_Target_5XX_Count"
  namespace           = "AWS/ApplicationELB"
  period              = 60
  statistic           = "Sum"
  threshold           = 10
  alarm_actions       = [aws_sns_topic.managed.arn, aws_sns_topic.unheard.arn]
}

resource "aws_cloudwatch_metric_alarm" "sealed_alone" {
  alarm_name          = "orders-5xx-sealed-alone"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 2
  metric_name         = "HTTPCode_Target_5XX_Count"
  namespace           = "AWS/ApplicationELB"
  period              = 60
  statistic           = "Sum"
  threshold           = 10
  alarm_actions       = [aws_sns_topic.sealed_alone.arn]
}
