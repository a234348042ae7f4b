# Attributes that name another region or resource than the one a
# resource is made in are no evidence of its region:
# - aws_config_aggregate_authorization.region (hashicorp/aws 5) is the
#   aggregator's region; the authorization is made in its provider's,
#   eu-west-2 here (it was placed in us-east-1, and allowed-regions failed);
# - aws_cloudwatch_event_target.arn is its target's ARN: under the
#   provider that sets no region (the environment's, at run time), a
#   target on a bus of eu-west-1 placed the provider in eu-west-1, and an
#   authorization's region ap-southeast-2 disagreed with it. Both are now
#   unknown, as the plan cannot tell that region.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

variable "region" {
  type    = string
  default = "eu-west-2"
}

provider "aws" {
  region                      = var.region
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "env"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_config_aggregate_authorization" "to_aggregator" {
  account_id = "222233334444"
  region     = "us-east-1"
}

resource "aws_sns_topic" "config" {
  name = "config-events"
}

resource "aws_config_aggregate_authorization" "env_to_aggregator" {
  provider   = aws.env
  account_id = "222233334444"
  region     = "ap-southeast-2"
}

resource "aws_cloudwatch_event_rule" "findings" {
  provider      = aws.env
  name          = "guardduty-findings"
  event_pattern = jsonencode({ source = ["aws.guardduty"] })
}

resource "aws_cloudwatch_event_target" "to_central" {
  provider = aws.env
  rule     = aws_cloudwatch_event_rule.findings.name
  arn      = "arn:aws:events:eu-west-1:222233334444:event-bus/central"
}
