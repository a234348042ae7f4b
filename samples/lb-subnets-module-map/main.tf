# lb-public-subnets through a local that maps region names to whole
# modules (`local.nets[data.aws_region.x.name]`), read with
# `terraform graph -type=plan` (tf-graph-plan.dot): the graph shows that
# the local reads both modules, not which output. The reference names it
# (`local.net_west.public_subnets`), so the load balancer's subnets are
# among the public subnets the modules' `public_subnets` outputs read, not
# the private ones beside them: aws_lb.west passes. aws_lb.east, an
# internet-facing load balancer on `local.net_east.private_subnets`, may
# be in any of the private subnets of either module (the graph does not
# say which module the key picks), none with a route to an internet
# gateway: unknown, naming them, never passed.
# Plan it with scripts/regen-samples.

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

provider "aws" {
  alias                       = "west"
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

data "aws_region" "east" {}

data "aws_region" "west" {
  provider = aws.west
}

module "net_east" {
  source = "./modules/net"
  cidr   = "10.0.0.0/16"
}

module "net_west" {
  source    = "./modules/net"
  cidr      = "10.1.0.0/16"
  providers = { aws = aws.west }
}

locals {
  nets = {
    (data.aws_region.east.name) = module.net_east
    (data.aws_region.west.name) = module.net_west
  }
  net_west = local.nets[data.aws_region.west.name]
  net_east = local.nets[data.aws_region.east.name]
}

resource "aws_lb" "west" {
  provider = aws.west
  name     = "web-west"
  subnets  = local.net_west.public_subnets
}

resource "aws_lb" "east" {
  name    = "web-east"
  subnets = local.net_east.private_subnets
}
