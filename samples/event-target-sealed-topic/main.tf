# eventbridge-cross-region-policy on targets that are SNS topics encrypted
# with the AWS-managed key alias/aws/sns: that key's policy cannot be
# edited and does not let EventBridge use it, so every delivery fails.
# - to_sealed sends to a topic under alias/aws/sns: fails;
# - to_cmk sends to a topic under a customer-managed key: no subject
#   (whether the key's policy lets EventBridge in, the plan does not show).
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  region                      = "ca-central-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_sns_topic" "sealed" {
  name              = "guardrail-alerts"
  kms_master_key_id = "alias/aws/sns"
}

resource "aws_kms_key" "alerts" {}

resource "aws_sns_topic" "cmk" {
  name              = "guardrail-alerts-cmk"
  kms_master_key_id = aws_kms_key.alerts.arn
}

resource "aws_cloudwatch_event_rule" "kms_changes" {
  name          = "kms-changes"
  event_pattern = jsonencode({ source = ["aws.kms"], detail-type = ["AWS API Call via CloudTrail"] })
}

resource "aws_cloudwatch_event_target" "to_sealed" {
  rule = aws_cloudwatch_event_rule.kms_changes.name
  arn  = aws_sns_topic.sealed.arn
}

resource "aws_cloudwatch_event_target" "to_cmk" {
  rule = aws_cloudwatch_event_rule.kms_changes.name
  arn  = aws_sns_topic.cmk.arn
}
