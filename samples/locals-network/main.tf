# lb-public-subnets through local values, as terraform-aws-modules/vpc
# writes them: inside the network module every subnet, gateway and route
# table takes `vpc_id = local.vpc_id`, and that local reads
# try(<secondary CIDR association>.vpc_id, aws_vpc.this[0].id, "").
# Plan JSON does not describe locals. `terraform graph -type=plan` (kept
# here as tf-graph-plan.dot and passed with --tf-graph) says what each
# reads; without it, a local whose module instance makes exactly one VPC
# (and is passed none) is taken to name that VPC.
#   - aws_lb.edge sits in module.edge's public subnets, routed 0.0.0.0/0 to
#     the VPC's internet gateway: it passes.
#   - aws_lb.core is internet-facing but sits in module.core's private
#     subnets, whose route table has no route to the gateway: it fails.
#   - module.spoke makes a VPC but its call passes in the hub's
#     (hub_vpc_id), so its shared subnet's VPC, read through a local,
#     stays open without the graph; the graph puts it in module.edge's.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

locals {
  region = "eu-west-1"
}

provider "aws" {
  region                      = local.region
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

module "edge" {
  source     = "./modules/network"
  name       = "edge"
  cidr       = "10.10.0.0/16"
}

module "core" {
  source     = "./modules/network"
  name       = "core"
  cidr       = "10.20.0.0/16"
}

module "spoke" {
  source     = "./modules/spoke"
  hub_vpc_id = module.edge.vpc_id
}

resource "aws_lb" "edge" {
  name               = "edge-alb"
  internal           = false
  load_balancer_type = "application"
  subnets            = module.edge.public_subnets
}

resource "aws_lb" "core" {
  name               = "core-alb"
  internal           = false
  load_balancer_type = "application"
  subnets            = module.core.private_subnets
}
