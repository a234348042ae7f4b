# Provider regions read from map and object variables, as multi-region
# roots write them: `region = var.regions["primary"]` over a map whose
# value the plan variables hold (terraform.tfvars sets it),
# `var.dr.region` over an object variable's default, and a module whose
# own provider block reads `var.settings.region`, handed a literal object.
# plangraph follows the key or attribute into the value: every resource's
# region is known (before, all were unknown: "var.regions has no known
# value in the plan"). A region taken by a function of a map
# (`lookup(var.regions, "secondary")`) is recorded only as reading
# var.regions; plangraph evaluates it from this file (eu-central-1), and
# from the plan alone says it cannot tell which part the function picks.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

variable "regions" {
  type = map(string)
}

variable "dr" {
  type = object({ region = string, cidr = string })
  default = {
    region = "us-west-2"
    cidr   = "10.20.0.0/16"
  }
}

provider "aws" {
  region                      = var.regions["primary"]
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "dr"
  region                      = var.dr.region
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "looked_up"
  region                      = lookup(var.regions, "secondary")
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_sqs_queue" "primary" {
  name = "orders-primary"
}

resource "aws_sqs_queue" "dr" {
  provider = aws.dr
  name     = "orders-dr"
}

resource "aws_sqs_queue" "looked_up" {
  provider = aws.looked_up
  name     = "orders-looked-up"
}

module "edge" {
  source   = "./modules/edge"
  settings = { region = "ap-southeast-2", name = "orders-edge" }
}
