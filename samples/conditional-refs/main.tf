# References that come only from a condition. The module's queue sets
# `kms_master_key_id = var.gate == null ? var.kms_master_key_id : null`, as
# terraform-aws-modules write optional arguments: the key the condition
# names is not the queue's key. Planned null (a value that names nothing)
# and an input named like the attribute (the others are conditions) both
# keep such references out of the attribute's label.
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

resource "aws_kms_key" "gate" {
  description = "named only in conditions"
}

resource "aws_kms_key" "used" {
  description = "the queue's key"
}

module "queue" {
  source = "./modules/queue"
  gate   = aws_kms_key.gate.arn
}

module "keyed" {
  source            = "./modules/queue"
  gate              = null
  kms_master_key_id = aws_kms_key.used.arn
  policy            = null
}
