# Provider regions written as local values and functions, which plan JSON
# records only as the names they read: plangraph reads the locals in the
# .tf files beside the plan (a child module's too, through its output)
# and evaluates them. The DR queue's provider takes its region from
# local.regions["dr"] (us-west-2) and encrypts with the primary region's
# key (us-east-1): kms-key-per-region fails it, where before both regions
# were unknown and so was the queue. The other providers read a module
# output set from a one-line locals block, an inline map indexed by a
# variable, and try() falling back to lower() (the map has no "staging").
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

variable "env" {
  type    = string
  default = "staging"
}

variable "regions" {
  type    = map(string)
  default = { primary = "us-east-1" }
}

locals {
  regions = {
    primary = "us-east-1"
    dr      = "us-west-2"
  }
  # Backups stay in the primary region, except where an environment says.
  backup_regions = { prod = "us-east-2" }
}

module "cfg" {
  source = "./cfg"
}

provider "aws" {
  region                      = local.regions.primary
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "dr"
  region                      = local.regions["dr"]
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "audit"
  region                      = module.cfg.audit_region
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "env"
  region                      = { prod = "eu-west-2", staging = "eu-central-1" }[var.env]
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "backup"
  region                      = try(local.backup_regions[var.env], lower("AP-SOUTHEAST-2"))
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_kms_key" "primary" {
  description = "orders data"
}

resource "aws_sqs_queue" "primary" {
  name              = "orders"
  kms_master_key_id = aws_kms_key.primary.arn
}

resource "aws_sqs_queue" "dr" {
  provider          = aws.dr
  name              = "orders-dr"
  kms_master_key_id = aws_kms_key.primary.arn
}

resource "aws_s3_bucket" "audit" {
  provider = aws.audit
  bucket   = "orders-audit-logs"
}

resource "aws_sqs_queue" "env" {
  provider = aws.env
  name     = "orders-env"
}

resource "aws_s3_bucket" "backup" {
  provider = aws.backup
  bucket   = "orders-backup"
}
