# eventbridge-cross-region-policy on rules for global services' events:
# IAM, AWS Organizations and AWS Account Management deliver their events to
# the default event bus of us-east-1 only. A baseline made with its home
# region's provider (eu-west-1) gets guardrails that never match.
# - iam_changes and org_changes, on eu-west-1's default bus: fail;
# - iam_changes_use1, on us-east-1's default bus: passes;
# - mixed (aws.iam and aws.ec2) matches EC2 events in eu-west-1, and
#   forwarded (a custom bus, which may take events forwarded from
#   us-east-1): no subjects.
# Root console sign-ins are recorded by CloudTrail in us-east-1 alone:
# - root_sign_in (eu-west-1): fails; root_sign_in_use1: passes;
# - any_sign_in takes every user's sign-ins, recorded where each signs in:
#   no subject.
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

resource "aws_sns_topic" "guardrails" {
  name = "guardrails"
}

resource "aws_cloudwatch_event_rule" "iam_changes" {
  name = "iam-changes"
  event_pattern = jsonencode({
    source      = ["aws.iam"]
    detail-type = ["AWS API Call via CloudTrail"]
    detail      = { eventName = ["AttachUserPolicy", "PutUserPolicy", "CreateAccessKey"] }
  })
}

resource "aws_cloudwatch_event_target" "iam_changes" {
  rule = aws_cloudwatch_event_rule.iam_changes.name
  arn  = aws_sns_topic.guardrails.arn
}

resource "aws_cloudwatch_event_rule" "org_changes" {
  name          = "org-changes"
  event_pattern = jsonencode({ source = ["aws.organizations", "aws.account"] })
}

resource "aws_cloudwatch_event_target" "org_changes" {
  rule = aws_cloudwatch_event_rule.org_changes.name
  arn  = aws_sns_topic.guardrails.arn
}

resource "aws_cloudwatch_event_rule" "mixed" {
  name          = "mixed"
  event_pattern = jsonencode({ source = ["aws.iam", "aws.ec2"] })
}

resource "aws_cloudwatch_event_bus" "central" {
  name = "central"
}

resource "aws_cloudwatch_event_rule" "forwarded" {
  name           = "forwarded-iam"
  event_bus_name = aws_cloudwatch_event_bus.central.name
  event_pattern  = jsonencode({ source = ["aws.iam"] })
}

resource "aws_sns_topic" "guardrails_use1" {
  provider = aws.use1
  name     = "guardrails"
}

resource "aws_cloudwatch_event_rule" "iam_changes_use1" {
  provider      = aws.use1
  name          = "iam-changes"
  event_pattern = jsonencode({ source = ["aws.iam"] })
}

resource "aws_cloudwatch_event_target" "iam_changes_use1" {
  provider = aws.use1
  rule     = aws_cloudwatch_event_rule.iam_changes_use1.name
  arn      = aws_sns_topic.guardrails_use1.arn
}

resource "aws_cloudwatch_event_rule" "root_sign_in" {
  name = "root-sign-in"
  event_pattern = jsonencode({
    detail-type = ["AWS Console Sign In via CloudTrail"]
    detail = {
      userIdentity = { type = ["Root"] }
      eventName    = ["ConsoleLogin"]
    }
  })
}

resource "aws_cloudwatch_event_rule" "root_sign_in_use1" {
  provider = aws.use1
  name     = "root-sign-in"
  event_pattern = jsonencode({
    source      = ["aws.signin"]
    detail-type = ["AWS Console Sign In via CloudTrail"]
    detail      = { userIdentity = { type = ["Root"] } }
  })
}

resource "aws_cloudwatch_event_rule" "any_sign_in" {
  name          = "any-sign-in"
  event_pattern = jsonencode({ detail-type = ["AWS Console Sign In via CloudTrail"] })
}
