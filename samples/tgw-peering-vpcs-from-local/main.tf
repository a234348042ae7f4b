# Two regions' transit gateways peered, each region attaching its two VPCs
# with a for_each over a local map (`vpc_id = each.value.id`), as JudeQuintana's
# centralized-router attaches the VPCs it is given. Plan JSON does not
# describe local values, and this one is a `for` expression, which
# plangraph does not read from the text: the attachments' VPCs are not
# known: peering-routes-wired has then no table or VPC to judge, and
# skipped the peering as if there were none. Now each side of the peering
# is one unknown subject naming the attachments whose VPC the plan cannot
# tell. With --tf-graph the VPCs are known, and the gateway route tables
# and VPC route tables are judged: the us-west-2 VPCs have no route back
# to us-east-1, and their tables fail.
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

module "east" {
  source     = "./region"
  providers  = { aws = aws.east }
  cidr       = "10.10.0.0/16"
  peer_cidrs = ["10.20.0.0/17", "10.20.128.0/17"]
  peering    = aws_ec2_transit_gateway_peering_attachment.east_west.id
  route      = true
}

module "west" {
  source     = "./region"
  providers  = { aws = aws.west }
  cidr       = "10.20.0.0/16"
  peer_cidrs = ["10.10.0.0/17", "10.10.128.0/17"]
  peering    = aws_ec2_transit_gateway_peering_attachment_accepter.east_west.id
  route      = false
}

resource "aws_ec2_transit_gateway_peering_attachment" "east_west" {
  provider                = aws.east
  transit_gateway_id      = module.east.transit_gateway_id
  peer_transit_gateway_id = module.west.transit_gateway_id
  peer_region             = "us-west-2"
}

resource "aws_ec2_transit_gateway_peering_attachment_accepter" "east_west" {
  provider                      = aws.west
  transit_gateway_attachment_id = aws_ec2_transit_gateway_peering_attachment.east_west.id
}
