# Regions computed one hop away from the provider block, where plan JSON
# again records only what the expression reads: a legacy module whose own
# provider block reads var.region, called with
#   region = var.primary_region == "us-east-1" ? "us-west-2" : "us-east-1"
# and a root provider whose region is a module output written as the same
# kind of condition. plangraph read both as var.primary_region, putting the
# DR queue in us-east-1 twice over. It now reads the module call's argument
# and the output's value from these files and evaluates them: us-west-2
# and eu-west-1.
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

module "regions" {
  source         = "./modules/regions"
  primary_region = var.primary_region
}

provider "aws" {
  alias                       = "archive"
  region                      = module.regions.archive_region
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

module "dr" {
  source = "./modules/stack"
  name   = "orders-dr"
  region = var.primary_region == "us-east-1" ? "us-west-2" : "us-east-1"
}

resource "aws_sqs_queue" "orders" {
  name = "orders"
}

resource "aws_sqs_queue" "archive" {
  provider = aws.archive
  name     = "orders-archive"
}
