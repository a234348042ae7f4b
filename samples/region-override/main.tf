# A DR provider whose region an override file replaces. Terraform merges
# override.tf after every other file, so its region argument wins:
# aws.dr is in eu-west-1 (var.primary_region is us-east-1), not the
# us-west-2 that main.tf's expression gives. Plan JSON records both only
# as reading var.primary_region. plangraph reads the override last, as
# terraform does; before, the first block found (this file's) decided.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

variable "primary_region" {
  type    = string
  default = "us-east-1"
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
  region                      = var.primary_region == "us-east-1" ? "us-west-2" : "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_sqs_queue" "orders" {
  name = "orders"
}

resource "aws_sqs_queue" "orders_dr" {
  provider = aws.dr
  name     = "orders-dr"
}
