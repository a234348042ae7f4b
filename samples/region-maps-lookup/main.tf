# same-region-references and kms-key-per-region on maps of one entry per
# region that each consumer picks its own region's entry of, by index
# (module.net.subnets["dr"]) or by lookup() (lookup(module.net.keys,
# "primary")), from a module's outputs or from a local. Plan JSON gives
# only the whole map's references, which name both regions' resources;
# no attribute names objects of two regions at once and is created, so
# each reference is one of them:
# - the subnet groups and topics of both regions are unknown, saying the
#   expression chooses between them (they failed, naming the other
#   region's subnets or key);
# - the "stray" subnet group in us-west-2 takes module.net.primary_subnets,
#   an output of us-east-1's subnets alone: it fails.
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
  alias                       = "dr"
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

module "net" {
  source    = "./net"
  providers = { aws = aws, aws.dr = aws.dr }
}

locals {
  topic_keys = module.net.keys
}

resource "aws_db_subnet_group" "primary" {
  name       = "orders-primary"
  subnet_ids = lookup(module.net.subnets, "primary")
}

resource "aws_db_subnet_group" "dr" {
  provider   = aws.dr
  name       = "orders-dr"
  subnet_ids = module.net.subnets["dr"]
}

resource "aws_db_subnet_group" "stray" {
  provider   = aws.dr
  name       = "orders-stray"
  subnet_ids = module.net.primary_subnets
}

resource "aws_sns_topic" "primary" {
  name              = "alerts"
  kms_master_key_id = module.net.keys["primary"]
}

resource "aws_sns_topic" "dr" {
  provider          = aws.dr
  name              = "alerts"
  kms_master_key_id = lookup(local.topic_keys, "dr")
}
