# eventbridge-cross-region-policy on targets whose bus ARN is written
# with interpolations, "arn:${data.aws_partition.current.partition}:events:
# us-east-1:${local.account_id}:event-bus/default", as roots that forward
# every region's events to one bus do. The ARN is known in the plan; when
# the target's own expression refers to the data source, the target was
# taken to name a resource of the plan (a function, a queue) and was no
# subject. Two targets in us-west-2 forward to the default bus of
# us-east-1, in their own account:
# - "forward" takes the ARN through a local value and names its role: it
#   passes;
# - "bare" writes the ARN itself and names no role: EventBridge cannot
#   deliver; it fails (it was no subject).
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

data "aws_partition" "current" {}

locals {
  account_id  = "111111111111"
  central_bus = "arn:${data.aws_partition.current.partition}:events:us-east-1:${local.account_id}:event-bus/default"
}

resource "aws_cloudwatch_event_rule" "alarms" {
  name = "alarm-state-changes"
  event_pattern = jsonencode({
    source      = ["aws.cloudwatch"]
    detail-type = ["CloudWatch Alarm State Change"]
  })
}

resource "aws_cloudwatch_event_target" "forward" {
  rule     = aws_cloudwatch_event_rule.alarms.name
  arn      = local.central_bus
  role_arn = "arn:aws:iam::${local.account_id}:role/eventbridge-forward"
}

resource "aws_cloudwatch_event_target" "bare" {
  rule = aws_cloudwatch_event_rule.alarms.name
  arn  = "arn:${data.aws_partition.current.partition}:events:us-east-1:${local.account_id}:event-bus/default"
}
