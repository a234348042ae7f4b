# Benchmark shape "counted": count-indexed lists and modules nested three
# deep. Each environment (a module for_each over a map variable) holds a
# network module whose tiers are a counted module (root -> env -> network
# -> tier), each tier with counted subnets, route tables and security-group
# rules; a DNS module with counted records, health checks and failover
# records; and counted CloudWatch alarms. scripts/make-big-plan scales it
# by cloning the instances of module.env. Plan it with scripts/regen-shapes.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  region                      = "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

variable "envs" {
  type = map(object({ cidr = string, domain = string }))
  default = {
    prodenv  = { cidr = "10.0.0.0/16", domain = "prodenv.example.com" }
    stageenv = { cidr = "10.1.0.0/16", domain = "stageenv.example.com" }
  }
}

resource "aws_sns_topic" "oncall" {
  name = "bench-oncall"
}

module "env" {
  source    = "./modules/env"
  for_each  = var.envs
  name      = each.key
  cidr      = each.value.cidr
  domain    = each.value.domain
  topic_arn = aws_sns_topic.oncall.arn
}
