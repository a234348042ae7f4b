# alarms-have-actions on metrics a global service publishes in one region
# only: billing, CloudFront and Trusted Advisor in us-east-1, Global
# Accelerator in us-west-2. A baseline that makes its budget and CDN
# alarms with its home region's provider gets alarms that never fire.
# - billing and cdn_5xx, made in eu-west-1: fail;
# - accelerator_flows, made in eu-west-1: fails (us-west-2 only);
# - billing_use1, made in us-east-1 with a subscribed topic there: passes.
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

resource "aws_sns_topic" "alarms" {
  name = "alarms"
}

resource "aws_sns_topic_subscription" "alarms" {
  topic_arn = aws_sns_topic.alarms.arn
  protocol  = "email"
  endpoint  = "finops@example.org"
}

resource "aws_sns_topic" "alarms_use1" {
  provider = aws.use1
  name     = "alarms"
}

resource "aws_sns_topic_subscription" "alarms_use1" {
  provider  = aws.use1
  topic_arn = aws_sns_topic.alarms_use1.arn
  protocol  = "email"
  endpoint  = "finops@example.org"
}

resource "aws_cloudwatch_metric_alarm" "billing" {
  alarm_name          = "estimated-charges"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  metric_name         = "EstimatedCharges"
  namespace           = "AWS/Billing"
  period              = 21600
  statistic           = "Maximum"
  threshold           = 1000
  dimensions          = { Currency = "USD" }
  alarm_actions       = [aws_sns_topic.alarms.arn]
}

resource "aws_cloudwatch_metric_alarm" "cdn_5xx" {
  alarm_name          = "cdn-5xx"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  metric_name         = "5xxErrorRate"
  namespace           = "AWS/CloudFront"
  period              = 300
  statistic           = "Average"
  threshold           = 5
  dimensions          = { DistributionId = "E2EXAMPLE12345", Region = "Global" }
  alarm_actions       = [aws_sns_topic.alarms.arn]
}

resource "aws_cloudwatch_metric_alarm" "accelerator_flows" {
  alarm_name          = "accelerator-new-flows"
  comparison_operator = "LessThanThreshold"
  evaluation_periods  = 3
  metric_name         = "NewFlowCount"
  namespace           = "AWS/GlobalAccelerator"
  period              = 300
  statistic           = "Sum"
  threshold           = 1
  dimensions          = { Accelerator = "1234abcd-abcd-1234-abcd-1234abcdefgh" }
  alarm_actions       = [aws_sns_topic.alarms.arn]
}

resource "aws_cloudwatch_metric_alarm" "billing_use1" {
  provider            = aws.use1
  alarm_name          = "estimated-charges"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  metric_name         = "EstimatedCharges"
  namespace           = "AWS/Billing"
  period              = 21600
  statistic           = "Maximum"
  threshold           = 1000
  dimensions          = { Currency = "USD" }
  alarm_actions       = [aws_sns_topic.alarms_use1.arn]
}
