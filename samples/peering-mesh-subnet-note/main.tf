# peering-routes-wired in a mesh: VPC a (us-east-1) peers with b and c
# (us-west-2). Table a routes two of b's three subnets through ab, and
# all of c through ac. The route through ac, whose connection id is known
# only after apply, is no route through ab: a's subject via ab fails and
# says which of b's subnets its routes reach and which they do not (the
# note was dropped, the message saying flatly "has no route to the peer
# VPC"); a via ac passes. b's main table routes nothing back, and fails.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  alias                       = "use1"
  region                      = "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "usw2"
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_vpc" "a" {
  provider   = aws.use1
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc" "b" {
  provider   = aws.usw2
  cidr_block = "10.1.0.0/16"
}

resource "aws_vpc" "c" {
  provider   = aws.usw2
  cidr_block = "10.2.0.0/16"
}

resource "aws_subnet" "b" {
  provider   = aws.usw2
  count      = 3
  vpc_id     = aws_vpc.b.id
  cidr_block = cidrsubnet("10.1.0.0/16", 4, count.index)
}

resource "aws_vpc_peering_connection" "ab" {
  provider      = aws.use1
  vpc_id        = aws_vpc.a.id
  peer_vpc_id   = aws_vpc.b.id
  peer_region   = "us-west-2"
  peer_owner_id = "123456789012"
}

resource "aws_vpc_peering_connection_accepter" "ab" {
  provider                  = aws.usw2
  vpc_peering_connection_id = aws_vpc_peering_connection.ab.id
  auto_accept               = true
}

resource "aws_vpc_peering_connection" "ac" {
  provider      = aws.use1
  vpc_id        = aws_vpc.a.id
  peer_vpc_id   = aws_vpc.c.id
  peer_region   = "us-west-2"
  peer_owner_id = "123456789012"
}

resource "aws_vpc_peering_connection_accepter" "ac" {
  provider                  = aws.usw2
  vpc_peering_connection_id = aws_vpc_peering_connection.ac.id
  auto_accept               = true
}

resource "aws_route_table" "a" {
  provider = aws.use1
  vpc_id   = aws_vpc.a.id
}

resource "aws_route" "a_to_b" {
  provider                  = aws.use1
  count                     = 2
  route_table_id            = aws_route_table.a.id
  destination_cidr_block    = cidrsubnet("10.1.0.0/16", 4, count.index)
  vpc_peering_connection_id = aws_vpc_peering_connection.ab.id
}

resource "aws_route" "a_to_c" {
  provider                  = aws.use1
  route_table_id            = aws_route_table.a.id
  destination_cidr_block    = "10.2.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection.ac.id
}
