# ARNs the plan marks sensitive, as landing zones share them between
# accounts through SSM parameters (every aws_ssm_parameter value is
# sensitive) or sensitive variables. Both stopped the whole run (exit 2,
# no report): `where` and group keys may not depend on a sensitive value.
# - aws_cloudwatch_event_target.to_central sends to a bus whose ARN is
#   sensitive: whether it is a bus of another region the plan does not
#   show, so eventbridge-cross-region-policy is unknown for it.
# - aws_sqs_queue.dr names its key by a sensitive ARN: kms-key-per-region
#   cannot tell the key's region, so the queue and eu-west-2 are unknown;
#   aws_sqs_queue.primary, under a key of the plan, passes.
# No report shows either value.
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
  alias                       = "dr"
  region                      = "eu-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

variable "central_bus_arn" {
  type      = string
  sensitive = true
  default   = "arn:aws:events:eu-west-1:123456789012:event-bus/security-central-b7e2"
}

variable "dr_key_arn" {
  type      = string
  sensitive = true
  default   = "arn:aws:kms:eu-west-2:123456789012:key/5f1c9a7e-0b3d-4e2a-9c61-7d8e2b4a6f10"
}

resource "aws_iam_role" "forward" {
  name = "forward-findings"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "events.amazonaws.com" } }]
  })
}

resource "aws_cloudwatch_event_rule" "findings" {
  provider      = aws.dr
  name          = "forward-findings"
  event_pattern = jsonencode({ source = ["aws.guardduty"] })
}

resource "aws_cloudwatch_event_target" "to_central" {
  provider = aws.dr
  rule     = aws_cloudwatch_event_rule.findings.name
  arn      = var.central_bus_arn
  role_arn = aws_iam_role.forward.arn
}

resource "aws_kms_key" "primary" {
  description = "queue key"
}

resource "aws_sqs_queue" "primary" {
  name              = "orders"
  kms_master_key_id = aws_kms_key.primary.arn
}

resource "aws_sqs_queue" "dr" {
  provider          = aws.dr
  name              = "orders"
  kms_master_key_id = var.dr_key_arn
}
