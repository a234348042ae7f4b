# lb-public-subnets when the load balancer's subnets come through a module
# input that the caller sets with a conditional between two lists
# (`var.lb_internal ? module.net.private_subnet_ids :
# module.net.public_subnet_ids`, as terraform-aws-tfe-prerequisites writes
# it). Plan JSON gives the argument only as its references, both lists;
# the condition, a boolean input, makes them alternatives, as when the
# load balancer's own expression is the conditional: the internet-facing
# load balancer is unknown, naming the private subnets it may be in (it
# failed, as if it were in all four subnets).
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

variable "lb_internal" {
  type    = bool
  default = false
}

module "net" {
  source = "./modules/net"
}

module "ingress" {
  source        = "./modules/lb"
  lb_internal   = var.lb_internal
  lb_subnet_ids = var.lb_internal ? module.net.private_subnet_ids : module.net.public_subnet_ids
}
