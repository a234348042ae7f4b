# peering-routes-wired on VPCs whose CIDRs overlap. AWS refuses to peer
# VPCs with matching or overlapping IPv4 CIDRs, and no route could send
# the peer's addresses past the VPC's own local route. Three VPCs:
# - "east" and "west" are both 172.32.0.0/16, peered across regions, each
#   table routing the other's cidr_block through the connection: both
#   tables fail (they passed);
# - "shared" (10.50.0.0/16) peers with "east", routes wired both ways:
#   both tables pass.
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
  region                      = "us-west-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_vpc" "east" {
  cidr_block = "172.32.0.0/16"
}

resource "aws_vpc" "west" {
  provider   = aws.west
  cidr_block = "172.32.0.0/16"
}

resource "aws_vpc" "shared" {
  cidr_block = "10.50.0.0/16"
}

resource "aws_route_table" "east" {
  vpc_id = aws_vpc.east.id
}

resource "aws_route_table" "west" {
  provider = aws.west
  vpc_id   = aws_vpc.west.id
}

resource "aws_route_table" "shared" {
  vpc_id = aws_vpc.shared.id
}

resource "aws_vpc_peering_connection" "east_west" {
  vpc_id      = aws_vpc.east.id
  peer_vpc_id = aws_vpc.west.id
  peer_region = "us-west-1"
}

resource "aws_vpc_peering_connection_accepter" "east_west" {
  provider                  = aws.west
  vpc_peering_connection_id = aws_vpc_peering_connection.east_west.id
  auto_accept               = true
}

resource "aws_route" "east_to_west" {
  route_table_id            = aws_route_table.east.id
  destination_cidr_block    = aws_vpc.west.cidr_block
  vpc_peering_connection_id = aws_vpc_peering_connection.east_west.id
}

resource "aws_route" "west_to_east" {
  provider                  = aws.west
  route_table_id            = aws_route_table.west.id
  destination_cidr_block    = aws_vpc.east.cidr_block
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.east_west.id
}

resource "aws_vpc_peering_connection" "east_shared" {
  vpc_id      = aws_vpc.east.id
  peer_vpc_id = aws_vpc.shared.id
  auto_accept = true
}

resource "aws_route" "east_to_shared" {
  route_table_id            = aws_route_table.east.id
  destination_cidr_block    = aws_vpc.shared.cidr_block
  vpc_peering_connection_id = aws_vpc_peering_connection.east_shared.id
}

resource "aws_route" "shared_to_east" {
  route_table_id            = aws_route_table.shared.id
  destination_cidr_block    = aws_vpc.east.cidr_block
  vpc_peering_connection_id = aws_vpc_peering_connection.east_shared.id
}
