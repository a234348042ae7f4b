# peering-routes-wired under a transit gateway peering, with the route
# tables of an account baseline (awslabs/aft-blueprints' network root
# writes its VPCs so):
# - each VPC's default route table is adopted only to be emptied (route =
#   []), and every subnet has a table of its own: the default table carries
#   no traffic and is no subject (it failed, "has no route to the peer");
# - aws_route_table.all_tgw sends 0.0.0.0/0 to the transit gateway, which
#   holds the remote VPC's CIDR though IPAM allocates it at apply: passes
#   (it was unknown);
# - aws_route_table.summary routes the remote VPC to the gateway named by
#   its VPC attachment's transit_gateway_id, as inspection VPCs write it:
#   passes (it failed, and its fix would add a duplicate route).
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  region                      = "eu-west-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "eu_west_2"
  region                      = "eu-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

# Remote VPC in eu-west-2, CIDR allocated from an IPAM pool (known only after apply), as AFT does
resource "aws_vpc_ipam" "ipam" {
  operating_regions {
    region_name = "eu-west-1"
  }
  operating_regions {
    region_name = "eu-west-2"
  }
}
resource "aws_vpc_ipam_pool" "euw2" {
  address_family = "ipv4"
  ipam_scope_id  = aws_vpc_ipam.ipam.private_default_scope_id
  locale         = "eu-west-2"
}
resource "aws_vpc_ipam_pool_cidr" "euw2" {
  ipam_pool_id = aws_vpc_ipam_pool.euw2.id
  cidr         = "10.20.0.0/16"
}
resource "aws_vpc" "remote" {
  provider            = aws.eu_west_2
  ipv4_ipam_pool_id   = aws_vpc_ipam_pool.euw2.id
  ipv4_netmask_length = 20
  depends_on          = [aws_vpc_ipam_pool_cidr.euw2]
}
resource "aws_subnet" "remote" {
  provider   = aws.eu_west_2
  vpc_id     = aws_vpc.remote.id
  cidr_block = cidrsubnet(aws_vpc.remote.cidr_block, 4, 0)
}
resource "aws_ec2_transit_gateway" "remote" {
  provider = aws.eu_west_2
}
resource "aws_ec2_transit_gateway_vpc_attachment" "remote" {
  provider           = aws.eu_west_2
  transit_gateway_id = aws_ec2_transit_gateway.remote.id
  vpc_id             = aws_vpc.remote.id
  subnet_ids         = [aws_subnet.remote.id]
}
resource "aws_route_table" "remote" {
  provider = aws.eu_west_2
  vpc_id   = aws_vpc.remote.id
}
resource "aws_route" "remote_to_tgw" {
  provider               = aws.eu_west_2
  route_table_id         = aws_route_table.remote.id
  destination_cidr_block = "0.0.0.0/0"
  transit_gateway_id     = aws_ec2_transit_gateway.remote.id
}
resource "aws_route_table_association" "remote" {
  provider       = aws.eu_west_2
  subnet_id      = aws_subnet.remote.id
  route_table_id = aws_route_table.remote.id
}
resource "aws_default_route_table" "remote" {
  provider               = aws.eu_west_2
  default_route_table_id = aws_vpc.remote.default_route_table_id
  route                  = []
}

# Local VPC in eu-west-1
resource "aws_vpc" "local" {
  cidr_block = "10.10.0.0/16"
}
resource "aws_subnet" "a" {
  vpc_id     = aws_vpc.local.id
  cidr_block = "10.10.1.0/24"
}
resource "aws_subnet" "b" {
  vpc_id     = aws_vpc.local.id
  cidr_block = "10.10.2.0/24"
}
resource "aws_internet_gateway" "local" {
  vpc_id = aws_vpc.local.id
}
resource "aws_ec2_transit_gateway" "local" {}
resource "aws_ec2_transit_gateway_vpc_attachment" "local" {
  transit_gateway_id = aws_ec2_transit_gateway.local.id
  vpc_id             = aws_vpc.local.id
  subnet_ids         = [aws_subnet.a.id]
}
# (1) default route to the internet, the remote VPC to the transit gateway
resource "aws_route_table" "summary" {
  vpc_id = aws_vpc.local.id
}
resource "aws_route" "summary_igw" {
  route_table_id         = aws_route_table.summary.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.local.id
}
resource "aws_route" "summary_tgw" {
  route_table_id         = aws_route_table.summary.id
  destination_cidr_block = aws_vpc.remote.cidr_block
  transit_gateway_id     = aws_ec2_transit_gateway_vpc_attachment.local.transit_gateway_id
}
resource "aws_route_table_association" "a" {
  subnet_id      = aws_subnet.a.id
  route_table_id = aws_route_table.summary.id
}
# (2) everything to the transit gateway
resource "aws_route_table" "all_tgw" {
  vpc_id = aws_vpc.local.id
}
resource "aws_route" "all_tgw" {
  route_table_id         = aws_route_table.all_tgw.id
  destination_cidr_block = "0.0.0.0/0"
  transit_gateway_id     = aws_ec2_transit_gateway.local.id
}
resource "aws_route_table_association" "b" {
  subnet_id      = aws_subnet.b.id
  route_table_id = aws_route_table.all_tgw.id
}
# (3) the default route table, emptied and associated with no subnet
resource "aws_default_route_table" "local" {
  default_route_table_id = aws_vpc.local.default_route_table_id
  route                  = []
}

# Inter-region peering of the two transit gateways, with TGW routes both ways
resource "aws_ec2_transit_gateway_peering_attachment" "p" {
  transit_gateway_id      = aws_ec2_transit_gateway.local.id
  peer_transit_gateway_id = aws_ec2_transit_gateway.remote.id
  peer_region             = "eu-west-2"
}
resource "aws_ec2_transit_gateway_peering_attachment_accepter" "p" {
  provider                      = aws.eu_west_2
  transit_gateway_attachment_id = aws_ec2_transit_gateway_peering_attachment.p.id
}
resource "aws_ec2_transit_gateway_route" "to_remote" {
  destination_cidr_block         = aws_vpc.remote.cidr_block
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment.p.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway.local.association_default_route_table_id
}
resource "aws_ec2_transit_gateway_route" "to_local" {
  provider                       = aws.eu_west_2
  destination_cidr_block         = "10.10.0.0/16"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.p.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway.remote.association_default_route_table_id
}

