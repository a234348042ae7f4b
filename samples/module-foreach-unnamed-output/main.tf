# A module called with for_each over a map, one VPC per app, read by key:
# `subnets = module.vpc[each.key].public_subnet_ids`. With the key
# dynamic, terraform writes the reference as "module.vpc" and "each.key"
# only: which output the expression reads is not in plan JSON. Every
# output's objects may be it, one of several, not all of them at once:
# - app (internet-facing, in each VPC's public subnets) is undecided in
#   lb-public-subnets; it failed, as if it were in the private subnets too;
# - direct (the same, by a constant key, which terraform writes with the
#   output's name) passes;
# - counted (`module.vpc_n[count.index].public_subnet_ids`, a module
#   called with count) is undecided the same way, in the instance of its
#   own index (it was undecided as "one instance of module.vpc_n by a key
#   the plan does not hold").
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

variable "apps" {
  default = {
    shop = { cidr = "10.0.0.0/16" }
    blog = { cidr = "10.1.0.0/16" }
  }
}

module "vpc" {
  source   = "./modules/vpc"
  for_each = var.apps
  cidr     = each.value.cidr
  azs      = ["eu-west-1a", "eu-west-1b"]
}

resource "aws_security_group" "alb" {
  for_each = var.apps
  name     = "${each.key}-alb"
  vpc_id   = module.vpc[each.key].vpc_id
}

resource "aws_lb" "app" {
  for_each           = var.apps
  name               = each.key
  load_balancer_type = "application"
  subnets            = module.vpc[each.key].public_subnet_ids
  security_groups    = [aws_security_group.alb[each.key].id]
}

resource "aws_lb" "direct" {
  name               = "direct"
  load_balancer_type = "application"
  subnets            = module.vpc["shop"].public_subnet_ids
  security_groups    = [aws_security_group.alb["shop"].id]
}

module "vpc_n" {
  source = "./modules/vpc"
  count  = 2
  cidr   = ["10.2.0.0/16", "10.3.0.0/16"][count.index]
  azs    = ["eu-west-1a", "eu-west-1b"]
}

resource "aws_lb" "counted" {
  count              = 2
  name               = "counted${count.index}"
  load_balancer_type = "network"
  subnets            = module.vpc_n[count.index].public_subnet_ids
}
