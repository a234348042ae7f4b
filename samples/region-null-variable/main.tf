# A DR provider whose region is an optional variable left null (its
# default): a null argument is as if unset, so the provider takes the
# environment's region (AWS_REGION, here ap-south-1), as the default
# provider does, whose data.aws_region shows it. Both providers are now in
# ap-south-1: the plan is of one region, and the DR provider's queue,
# whose dead-letter queue is the default provider's, is no longer
# undecided (its region was unknown).
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

variable "dr_region" {
  type    = string
  default = null
}

provider "aws" {
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

data "aws_region" "current" {}

resource "aws_sqs_queue" "dead_letters" {
  name = "orders-dead-letters"
}

resource "aws_sqs_queue" "orders" {
  provider = aws.dr
  name     = "orders"
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dead_letters.arn
    maxReceiveCount     = 5
  })
}
