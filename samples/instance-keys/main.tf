# References whose instance key is dynamic, as multi-region DR code writes
# them: region stacks by for_each over a map, peerings by for_each over a
# map of requester/accepter names, and `module.stack[each.value.requester]`
# in the peering's arguments. Terraform lists such a reference as
# "module.stack", "each.value.requester", "each.value": the instance comes
# back from the key in scope and the for_each value the plan holds, or,
# where the plan does not hold it, the reference is marked ambiguous.
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

variable "stacks" {
  type = map(object({ cidr = string }))
  default = {
    a = { cidr = "10.1.0.0/16" }
    b = { cidr = "10.2.0.0/16" }
    c = { cidr = "10.3.0.0/16" }
  }
}

variable "peerings" {
  type = map(object({ requester = string, accepter = string }))
  default = {
    ab = { requester = "a", accepter = "b" }
    bc = { requester = "b", accepter = "c" }
  }
}

module "stack" {
  source   = "./modules/stack"
  for_each = var.stacks
  cidr     = each.value.cidr
}

module "peering" {
  source           = "./modules/peering"
  for_each         = var.peerings
  requester_vpc_id = module.stack[each.value.requester].vpc_id
  accepter_vpc_id  = module.stack[each.value.accepter].vpc_id
}

# Over a local map, each.value is not in the plan: the one stack each
# peering names cannot be told, so the reference is one edge to the call,
# marked ambiguous.
locals {
  local_peerings = {
    ca = { requester = "c", accepter = "a" }
  }
}

module "peering_local" {
  source           = "./modules/peering"
  for_each         = local.local_peerings
  requester_vpc_id = module.stack[each.value.requester].vpc_id
  accepter_vpc_id  = module.stack[each.value.accepter].vpc_id
}

# each.key names the stack of the same key.
resource "aws_security_group" "edge" {
  for_each = var.stacks
  name     = "edge-${each.key}"
  vpc_id   = module.stack[each.key].vpc_id
}
