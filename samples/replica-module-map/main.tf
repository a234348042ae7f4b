# replica-per-region on read replicas made by a module called with
# for_each, whose source comes from each.value: `source_db =
# each.value.source_db`. Terraform lists that argument as "each.value",
# "each.value.source_db": the value is the for_each's, so its references
# are read in the call's scope. The orders replica's module iterates over a
# map written out in the call: its source is the orders database, in the
# plan alone, and orders passes in both regions. The ledger replica's
# module iterates over a local map, which plan JSON does not describe:
# the ledger database is unknown in us-west-2 from the plan alone (its
# replica may be there), not failed, and passes with `--tf-graph
# tf-graph-plan.dot`, which resolves the local.
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

module "orders" {
  source = "./modules/db"
  name   = "orders"
}

module "orders_replica" {
  source    = "./modules/replica"
  for_each  = { dr = { source_db = module.orders.arn } }
  providers = { aws = aws.west }
  name      = "orders-${each.key}"
  source_db = each.value.source_db
}

module "ledger" {
  source = "./modules/db"
  name   = "ledger"
}

locals {
  ledger_replicas = {
    dr = { source_db = module.ledger.arn }
  }
}

module "ledger_replica" {
  source    = "./modules/replica"
  for_each  = local.ledger_replicas
  providers = { aws = aws.west }
  name      = "ledger-${each.key}"
  source_db = each.value.source_db
}
