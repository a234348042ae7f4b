# peering-routes-wired on routes through a peering to a VPC that is not
# its peer. VPC peering is not transitive: AWS drops a packet that leaves
# a connection for an address outside the peer VPC, so a spoke that
# reaches another spoke "through the hub" reaches nothing.
# - hub's table routes each spoke through that spoke's peering: passes
#   twice;
# - spoke_a's table routes the hub (10.0.0.0/16), the hub's secondary
#   block (10.50.0.0/16) and spoke_b (10.2.0.0/16) through the hub
#   peering: the last route leads nowhere, and the table fails;
# - spoke_b's table routes 10.0.0.0/8 through the hub peering: that holds
#   the hub's CIDR, so it reaches the hub, and passes.
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

resource "aws_vpc" "hub" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc_ipv4_cidr_block_association" "hub_shared" {
  vpc_id     = aws_vpc.hub.id
  cidr_block = "10.50.0.0/16"
}

resource "aws_vpc" "spoke_a" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_vpc" "spoke_b" {
  cidr_block = "10.2.0.0/16"
}

resource "aws_vpc_peering_connection" "hub_a" {
  vpc_id      = aws_vpc.hub.id
  peer_vpc_id = aws_vpc.spoke_a.id
  auto_accept = true
}

resource "aws_vpc_peering_connection" "hub_b" {
  vpc_id      = aws_vpc.hub.id
  peer_vpc_id = aws_vpc.spoke_b.id
  auto_accept = true
}

resource "aws_route_table" "hub" {
  vpc_id = aws_vpc.hub.id
}

resource "aws_route_table" "spoke_a" {
  vpc_id = aws_vpc.spoke_a.id
}

resource "aws_route_table" "spoke_b" {
  vpc_id = aws_vpc.spoke_b.id
}

resource "aws_route" "hub_to_a" {
  route_table_id            = aws_route_table.hub.id
  destination_cidr_block    = aws_vpc.spoke_a.cidr_block
  vpc_peering_connection_id = aws_vpc_peering_connection.hub_a.id
}

resource "aws_route" "hub_to_b" {
  route_table_id            = aws_route_table.hub.id
  destination_cidr_block    = aws_vpc.spoke_b.cidr_block
  vpc_peering_connection_id = aws_vpc_peering_connection.hub_b.id
}

resource "aws_route" "a_to_hub" {
  route_table_id            = aws_route_table.spoke_a.id
  destination_cidr_block    = "10.0.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection.hub_a.id
}

resource "aws_route" "a_to_hub_shared" {
  route_table_id            = aws_route_table.spoke_a.id
  destination_cidr_block    = "10.50.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection.hub_a.id
}

resource "aws_route" "a_to_b_via_hub" {
  route_table_id            = aws_route_table.spoke_a.id
  destination_cidr_block    = "10.2.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection.hub_a.id
}

resource "aws_route" "b_to_everything_via_hub" {
  route_table_id            = aws_route_table.spoke_b.id
  destination_cidr_block    = "10.0.0.0/8"
  vpc_peering_connection_id = aws_vpc_peering_connection.hub_b.id
}
