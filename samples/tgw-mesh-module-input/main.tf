# peering-routes-wired on a full mesh of transit gateway peerings whose
# module takes every gateway through one object input, as
# JudeQuintana/full-mesh-trio does: three regions, one transit gateway,
# route table and VPC each. The us-west-2 gateway's route table has no
# static route to the us-east-1 VPC, so traffic from VPC three to VPC one
# is dropped there. With --tf-graph each peering attribute links to all
# three gateways, and each route's destination to all three VPCs; every
# subject passed, 72 of them for 12, one peering credited as joining the
# wrong gateways. A peering attachment's own gateway is in its region and
# its peer in its peer_region, and a route's known CIDR decides which VPC
# it reaches: 12 subjects, the us-west-2 table fails. Without the graph
# the gateways are unknown: one subject per attachment and layer, named
# by the attachment.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  alias                       = "one"
  region                      = "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "two"
  region                      = "us-east-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "three"
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

module "cr_one" {
  source    = "./cr"
  providers = { aws = aws.one }
  cidr      = "10.0.0.0/16"
  far_cidrs = ["10.1.0.0/16", "10.2.0.0/16"]
}

module "cr_two" {
  source    = "./cr"
  providers = { aws = aws.two }
  cidr      = "10.1.0.0/16"
  far_cidrs = ["10.0.0.0/16", "10.2.0.0/16"]
}

module "cr_three" {
  source    = "./cr"
  providers = { aws = aws.three }
  cidr      = "10.2.0.0/16"
  far_cidrs = ["10.0.0.0/16", "10.1.0.0/16"]
}

module "trio" {
  source = "./trio"
  providers = {
    aws.one   = aws.one
    aws.two   = aws.two
    aws.three = aws.three
  }
  mesh = {
    one   = { tgw_id = module.cr_one.tgw.id, rtb_id = module.cr_one.tgw_rtb.id, cidr = module.cr_one.vpc.cidr_block }
    two   = { tgw_id = module.cr_two.tgw.id, rtb_id = module.cr_two.tgw_rtb.id, cidr = module.cr_two.vpc.cidr_block }
    three = { tgw_id = module.cr_three.tgw.id, rtb_id = module.cr_three.tgw_rtb.id, cidr = module.cr_three.vpc.cidr_block }
  }
}
