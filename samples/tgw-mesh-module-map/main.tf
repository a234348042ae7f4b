# A transit gateway full mesh of three regions whose mesh module takes
# every region's router module whole, in one map (`mesh = { r0 = { router
# = module.router_r0 }, ... }`), and reads `var.mesh.r0.router.id`, as
# JudeQuintana's mega-mesh does. Plan JSON gives the map's argument only as
# the references of all three modules, so each such reference led to every
# resource of every router: each peering attachment linked to all three
# gateways, and peering-routes-wired bound attachment x gateway x gateway
# x table x VPC: 48 subjects here, 40 of them undecided, the missing route
# among them (22.6 million steps and 2,610 subjects at ten regions, where
# 180 are real). The call's text says which module each key holds, so
# var.mesh.r1.router.id is module.router_r1's output id, its gateway: 12
# subjects. The transit gateway route from r1 to r0's VPC is left out:
# that one subject fails, the other eleven pass. (Without the .tf files
# beside the plan, or --tf-dir, it is as before.)
# Plan it with scripts/regen-samples.
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}
provider "aws" {
  region = "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
provider "aws" {
  alias  = "r0"
  region = "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
module "router_r0" {
  source    = "./router"
  providers = { aws = aws.r0 }
  cidr      = "10.0.0.0/16"
}
provider "aws" {
  alias  = "r1"
  region = "us-west-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
module "router_r1" {
  source    = "./router"
  providers = { aws = aws.r1 }
  cidr      = "10.1.0.0/16"
}
provider "aws" {
  alias  = "r2"
  region = "eu-central-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
module "router_r2" {
  source    = "./router"
  providers = { aws = aws.r2 }
  cidr      = "10.2.0.0/16"
}
module "mesh" {
  source    = "./mesh"
  providers = { aws.r0 = aws.r0, aws.r1 = aws.r1, aws.r2 = aws.r2 }
  mesh = {
    r0 = { router = module.router_r0 }
    r1 = { router = module.router_r1 }
    r2 = { router = module.router_r2 }
  }
}
