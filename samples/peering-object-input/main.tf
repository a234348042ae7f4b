# peering-routes-wired when a module takes each side as one object input
# ({vpc_id, route_table_id, cidr_block}), as fuxingloh/terraform-aws-vpc-
# peering's README writes it, and the route table ids come from a module
# output that reads a local (terraform-aws-vpc v5's
# private_route_table_ids). Plan JSON gives the object's references as one
# list: var.a.route_table_id got the side's VPC (from vpc_id) and nothing
# for the local, and both sides' tables failed "no route to the peer VPC",
# the wired private[0] with the unwired private[1]. The route's
# route_table_id is now open (a VPC is no route table), and all four are
# unknown, saying so; the terraform graph (--tf-graph) leaves them unknown
# too, as terraform graph reduces the output to the whole list.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  alias                       = "east"
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

module "net_east" {
  source    = "./net"
  providers = { aws = aws.east }
  cidr      = "10.1.0.0/16"
}
module "net_west" {
  source    = "./net"
  providers = { aws = aws.west }
  cidr      = "10.2.0.0/16"
}
# Each side routes through its first private table only: [0] is wired, [1] is not.
module "peer" {
  source    = "./peer"
  providers = { aws.a = aws.east, aws.b = aws.west }
  a = {
    vpc_id         = module.net_east.vpc_id
    route_table_id = module.net_east.private_route_table_ids[0]
    cidr_block     = module.net_east.cidr
  }
  b = {
    vpc_id         = module.net_west.vpc_id
    route_table_id = module.net_west.private_route_table_ids[0]
    cidr_block     = module.net_west.cidr
  }
}
