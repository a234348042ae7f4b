# Benchmark shape "peering": region stacks made by a module for_each over a
# map variable, spread over three provider aliases, and same-region VPC
# peerings made by a second module for_each over a local map whose inputs
# read module.stack_<region>[each.value.requester].vpc_id, .cidr and
# .private_route_table_ids (the shape of issue 17's real plan, small).
# scripts/make-big-plan scales it by cloning the instances of every module
# called with for_each. Plan it with scripts/regen-shapes.

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
  alias                       = "use1"
  region                      = "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "usw2"
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "euw1"
  region                      = "eu-west-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

variable "stacks" {
  type = map(object({ region = string, cidr = string }))
  default = {
    use1a = { region = "use1", cidr = "10.1.0.0/16" }
    use1b = { region = "use1", cidr = "10.2.0.0/16" }
    usw2a = { region = "usw2", cidr = "10.11.0.0/16" }
    usw2b = { region = "usw2", cidr = "10.12.0.0/16" }
    euw1a = { region = "euw1", cidr = "10.21.0.0/16" }
    euw1b = { region = "euw1", cidr = "10.22.0.0/16" }
  }
}

locals {
  peerings_use1 = { "use1a-use1b" = { requester = "use1a", accepter = "use1b" } }
  peerings_usw2 = { "usw2a-usw2b" = { requester = "usw2a", accepter = "usw2b" } }
  peerings_euw1 = { "euw1a-euw1b" = { requester = "euw1a", accepter = "euw1b" } }
}

resource "aws_sns_topic" "alerts" {
  name = "bench-alerts"
}

module "stack_use1" {
  source    = "./modules/stack"
  for_each  = { for k, v in var.stacks : k => v if v.region == "use1" }
  providers = { aws = aws.use1 }
  name      = each.key
  cidr      = each.value.cidr
}

module "stack_usw2" {
  source    = "./modules/stack"
  for_each  = { for k, v in var.stacks : k => v if v.region == "usw2" }
  providers = { aws = aws.usw2 }
  name      = each.key
  cidr      = each.value.cidr
}

module "stack_euw1" {
  source    = "./modules/stack"
  for_each  = { for k, v in var.stacks : k => v if v.region == "euw1" }
  providers = { aws = aws.euw1 }
  name      = each.key
  cidr      = each.value.cidr
}

module "peering_use1" {
  source                    = "./modules/peering"
  for_each                  = local.peerings_use1
  providers                 = { aws = aws.use1 }
  name                      = each.key
  requester_vpc_id          = module.stack_use1[each.value.requester].vpc_id
  accepter_vpc_id           = module.stack_use1[each.value.accepter].vpc_id
  requester_cidr            = module.stack_use1[each.value.requester].cidr
  accepter_cidr             = module.stack_use1[each.value.accepter].cidr
  requester_route_table_ids = module.stack_use1[each.value.requester].private_route_table_ids
  accepter_route_table_ids  = module.stack_use1[each.value.accepter].private_route_table_ids
  route_tables              = 2
  wire_accepter             = true
}

module "peering_usw2" {
  source                    = "./modules/peering"
  for_each                  = local.peerings_usw2
  providers                 = { aws = aws.usw2 }
  name                      = each.key
  requester_vpc_id          = module.stack_usw2[each.value.requester].vpc_id
  accepter_vpc_id           = module.stack_usw2[each.value.accepter].vpc_id
  requester_cidr            = module.stack_usw2[each.value.requester].cidr
  accepter_cidr             = module.stack_usw2[each.value.accepter].cidr
  requester_route_table_ids = module.stack_usw2[each.value.requester].private_route_table_ids
  accepter_route_table_ids  = module.stack_usw2[each.value.accepter].private_route_table_ids
  route_tables              = 2
  wire_accepter             = true
}

module "peering_euw1" {
  source                    = "./modules/peering"
  for_each                  = local.peerings_euw1
  providers                 = { aws = aws.euw1 }
  name                      = each.key
  requester_vpc_id          = module.stack_euw1[each.value.requester].vpc_id
  accepter_vpc_id           = module.stack_euw1[each.value.accepter].vpc_id
  requester_cidr            = module.stack_euw1[each.value.requester].cidr
  accepter_cidr             = module.stack_euw1[each.value.accepter].cidr
  requester_route_table_ids = module.stack_euw1[each.value.requester].private_route_table_ids
  accepter_route_table_ids  = module.stack_euw1[each.value.accepter].private_route_table_ids
  route_tables              = 2
  wire_accepter             = false
}
