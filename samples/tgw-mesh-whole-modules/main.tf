# Two regional routers (a VPC and a transit gateway each) passed whole, as
# module objects, to a mesh module that peers their gateways and routes
# each VPC to the other (the shape of JudeQuintana's mega-mesh modules,
# which read var.one.id, var.one.vpc.route_table_id). Plan JSON gives a
# whole module's every resource as what such a reference may name, so the
# VPC routes' route_table_id led to the module, its gateway, its gateway
# route table and its VPC route table: peering-routes-wired left both VPC
# route tables undecided ("which table it routes is not known"). Only a
# route table can be a route's table: all four subjects pass.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  alias                       = "a"
  region                      = "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "b"
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

module "router_a" {
  source    = "./router"
  providers = { aws = aws.a }
  cidr      = "10.1.0.0/16"
}

module "router_b" {
  source    = "./router"
  providers = { aws = aws.b }
  cidr      = "10.2.0.0/16"
}

module "mesh" {
  source    = "./mesh"
  providers = { aws.one = aws.a, aws.two = aws.b }
  one       = module.router_a
  two       = module.router_b
}
