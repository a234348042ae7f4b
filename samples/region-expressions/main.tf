# Provider regions written as expressions. Plan JSON records what a
# region expression reads, not what it does: `var.dr_region != "" ?
# var.dr_region : "us-west-2"` is recorded as the references
# ["var.dr_region"], like `region = var.dr_region`. plangraph first took
# the first reference's value as the region: "" (fallback_empty), "prod"
# (by_environment) and "eu-west" (built), all "resolved". From the plan
# alone, a value that is no region name, or several values read that are
# not all one region (picked), leave the region unknown. With these
# sources beside the plan, each provider's expression is read from them
# and evaluated: fallback_empty is us-west-2, by_environment us-east-1,
# built eu-west-2, picked us-west-2 (use_dr is true), fallback_set
# ap-southeast-2. A region from a module's output (from_module) is the
# output's literal: eu-central-1 (it was "not known until apply").
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

variable "dr_region" {
  type    = string
  default = ""
}

variable "environment" {
  type    = string
  default = "prod"
}

variable "geo" {
  type    = string
  default = "eu-west"
}

variable "use_dr" {
  type    = bool
  default = true
}

variable "regions" {
  type    = object({ primary = string, dr = string })
  default = { primary = "us-east-1", dr = "us-west-2" }
}

variable "region" {
  type    = string
  default = "ap-southeast-2"
}

module "config" {
  source = "./modules/config"
}

provider "aws" {
  alias                       = "fallback_empty"
  region                      = var.dr_region != "" ? var.dr_region : "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_sqs_queue" "fallback_empty" {
  provider = aws.fallback_empty
  name     = "orders-fallback-empty"
}

provider "aws" {
  alias                       = "by_environment"
  region                      = var.environment == "prod" ? "us-east-1" : "eu-west-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_sqs_queue" "by_environment" {
  provider = aws.by_environment
  name     = "orders-by-environment"
}

provider "aws" {
  alias                       = "built"
  region                      = "${var.geo}-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_sqs_queue" "built" {
  provider = aws.built
  name     = "orders-built"
}

provider "aws" {
  alias                       = "picked"
  region                      = var.use_dr ? var.regions.dr : var.regions.primary
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_sqs_queue" "picked" {
  provider = aws.picked
  name     = "orders-picked"
}

provider "aws" {
  alias                       = "fallback_set"
  region                      = var.region != "" ? var.region : "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_sqs_queue" "fallback_set" {
  provider = aws.fallback_set
  name     = "orders-fallback-set"
}

provider "aws" {
  alias                       = "from_module"
  region                      = module.config.dr_region
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_sqs_queue" "from_module" {
  provider = aws.from_module
  name     = "orders-from-module"
}
