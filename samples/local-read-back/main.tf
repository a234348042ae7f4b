# same-region-references through a local of a "create one, or take the
# caller's" module that also reads the VPC back with a data source
# (aws-ia/terraform-aws-control_tower_account_factory's
# aft-account-request-framework does so): `vpc_id = local.vpc_id`, with
# `data "aws_vpc" "this" { id = local.vpc_id }` beside it. Plan JSON does
# not describe the local. The data source reads the object the local
# names, so it is that object, not a second one the local may name: the
# group's VPC is the module's, and module.app's group passes.
# module.peered also reads a peer VPC by another input: its local may name
# either, and its group stays unknown without `terraform graph`.
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

resource "aws_vpc" "shared" {
  cidr_block = "10.9.0.0/16"
}

module "app" {
  source = "./modules/net"
  cidr   = "10.1.0.0/16"
}

module "peered" {
  source      = "./modules/net"
  cidr        = "10.2.0.0/16"
  peer_vpc_id = aws_vpc.shared.id
  read_peer   = true
}

resource "aws_s3_bucket" "dr_logs" {
  provider = aws.dr
  bucket   = "local-read-back-dr-logs"
}
