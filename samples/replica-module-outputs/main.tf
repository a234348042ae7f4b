# Read replicas whose source and security groups come from a local map of
# other modules' outputs, picked by keys terraform knows only while it
# plans (`module.orders[local.orders].arn`), as DR roots often write them.
# Plan JSON does not describe the local, and `terraform graph -type=plan`
# shows only that it reads the orders and sg modules (their close nodes),
# not which outputs.
# - The `mapped` replica takes its source from the local. From the plan
#   alone it is open, so orders is unknown in us-west-2. With --tf-graph
#   tf-graph-plan.dot: replicate_source_db names a DB instance, and the
#   orders module holds one, so orders passes in us-west-2.
# - The `direct` replica of ledger names its source in its call, and takes
#   only its security groups from the local: ledger passes in us-west-2,
#   and dr-components-per-region fails `monitoring` (no alarm; no `dns`:
#   the regions hold only databases), plan alone or not. Which of the
#   two security groups the replicas use is open, and bears on neither.
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

locals {
  orders = "orders"
  ledger = "ledger"
  sg     = "replica"
}

module "orders" {
  source   = "./modules/db"
  for_each = toset([local.orders])
  name     = each.key
}

module "ledger" {
  source   = "./modules/db"
  for_each = toset([local.ledger])
  name     = each.key
}

resource "aws_vpc" "west" {
  provider   = aws.west
  cidr_block = "10.20.0.0/16"
}

module "sg" {
  source    = "./modules/sg"
  for_each  = toset([local.sg, "app"])
  providers = { aws = aws.west }
  name      = each.key
  vpc_id    = aws_vpc.west.id
}

locals {
  replicas = {
    dr = {
      source_db          = module.orders[local.orders].arn
      security_group_ids = [module.sg[local.sg].id]
    }
  }
}

module "mapped" {
  source             = "./modules/replica"
  for_each           = local.replicas
  providers          = { aws = aws.west }
  name               = "orders-${each.key}"
  source_db          = each.value.source_db
  security_group_ids = each.value.security_group_ids
}

module "direct" {
  source             = "./modules/replica"
  for_each           = local.replicas
  providers          = { aws = aws.west }
  name               = "ledger-${each.key}"
  source_db          = module.ledger[local.ledger].arn
  security_group_ids = each.value.security_group_ids
}
