# eventbridge-cross-region-policy on rules that forward to a bus of the
# plan in another region, with a role allowed events:PutEvents and no bus
# policy. A bus policy is needed only for another account's sender.
# Provider blocks that differ only in region, each setting the same
# credentials (here the same dummy keys; `profile = "prod"` in each is the
# common form), are one account:
# - remote (us-west-1, same credentials as the bus's provider): passes
#   (it was unknown, "its account is known only after apply");
# - partner (eu-west-1, other credentials): may be another account, so
#   unknown;
# - partner_no_role (eu-west-1, no role_arn): fails, and its message says
#   why in full (comparing credentials once made it "(sensitive)").
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  region                      = "us-east-1"
  access_key                  = "AKIAEXAMPLEDUMMYKEY1"
  secret_key                  = "dummy-secret-for-offline-plans-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "uswest1"
  region                      = "us-west-1"
  access_key                  = "AKIAEXAMPLEDUMMYKEY1"
  secret_key                  = "dummy-secret-for-offline-plans-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "partner"
  region                      = "eu-west-1"
  access_key                  = "AKIAEXAMPLEDUMMYKEY2"
  secret_key                  = "dummy-secret-for-offline-plans-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_cloudwatch_event_bus" "central" {
  name = "ec2-shutdown-bus"
}

resource "aws_iam_role" "send" {
  name = "send-events"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "events.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_iam_role_policy" "send" {
  role = aws_iam_role.send.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "events:PutEvents", Resource = aws_cloudwatch_event_bus.central.arn }]
  })
}

resource "aws_cloudwatch_event_rule" "remote" {
  provider      = aws.uswest1
  name          = "capture-ec2-remote"
  event_pattern = jsonencode({ source = ["aws.ec2"] })
}

resource "aws_cloudwatch_event_target" "remote" {
  provider  = aws.uswest1
  target_id = "SendToCentralBus"
  rule      = aws_cloudwatch_event_rule.remote.name
  arn       = aws_cloudwatch_event_bus.central.arn
  role_arn  = aws_iam_role.send.arn
}

resource "aws_cloudwatch_event_rule" "partner" {
  provider      = aws.partner
  name          = "capture-ec2-partner"
  event_pattern = jsonencode({ source = ["aws.ec2"] })
}

resource "aws_cloudwatch_event_target" "partner" {
  provider  = aws.partner
  target_id = "SendToCentralBus"
  rule      = aws_cloudwatch_event_rule.partner.name
  arn       = aws_cloudwatch_event_bus.central.arn
  role_arn  = aws_iam_role.send.arn
}

resource "aws_cloudwatch_event_target" "partner_no_role" {
  provider  = aws.partner
  target_id = "SendToCentralBusNoRole"
  rule      = aws_cloudwatch_event_rule.partner.name
  arn       = aws_cloudwatch_event_bus.central.arn
}
