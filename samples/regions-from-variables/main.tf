# Provider regions that come from input variables (terraform.tfvars and a
# default), from a module input feeding a module's own provider block, and
# from a local value (which plan JSON cannot show: plangraph reads it in
# the .tf files beside the plan). A for_each module with
# a nested module exercises references to one instance and to all of them.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

variable "primary_region" { type = string }

variable "dr_region" {
  type    = string
  default = "us-west-1"
}

locals {
  audit_region = "eu-central-1"
}

provider "aws" {
  region                      = var.primary_region
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "dr"
  region                      = var.dr_region
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "audit"
  region                      = local.audit_region
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_sns_topic" "alerts" {
  name = "alerts"
}

resource "aws_s3_bucket" "audit" {
  provider = aws.audit
  bucket   = "plangraph-sample-audit"
}

module "edge" {
  source = "./modules/edge"
  region = var.dr_region
}

module "app" {
  source    = "./modules/app"
  for_each  = toset(["blue", "green"])
  providers = { aws = aws.dr }
  name      = each.key
  topic_arn = aws_sns_topic.alerts.arn
}

# One instance of the module: module.app["blue"].
resource "aws_sns_topic_subscription" "blue" {
  topic_arn = aws_sns_topic.alerts.arn
  protocol  = "sqs"
  endpoint  = module.app["blue"].queue_arn
}

# Every instance of the module.
resource "aws_cloudwatch_metric_alarm" "queue_depth" {
  for_each            = module.app
  alarm_name          = "${each.key}-queue-depth"
  namespace           = "AWS/SQS"
  metric_name         = "ApproximateNumberOfMessagesVisible"
  dimensions          = { QueueName = each.value.queue_name }
  comparison_operator = "GreaterThanThreshold"
  threshold           = 100
  evaluation_periods  = 1
  period              = 300
  statistic           = "Maximum"
  alarm_actions       = [aws_sns_topic.alerts.arn]
}
