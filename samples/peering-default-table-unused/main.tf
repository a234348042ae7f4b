# peering-routes-wired and a VPC's default route table: a table no subnet
# uses carries nothing, and a table one subnet uses must route the peer.
# Both VPCs adopt their default route table empty (route = []), as VPC
# modules do. Every subnet of VPC a is associated with a table of its own,
# which routes the peer: a's default table is no subject. Subnet b2 of VPC
# b has no association, so it uses b's default table, which has no route
# to the peer: that table fails, and b's own table passes.
# Plan it with scripts/regen-samples.

resource "aws_vpc" "a" {
  provider   = aws.primary
  cidr_block = "10.1.0.0/16"
}

resource "aws_vpc" "b" {
  provider   = aws.secondary
  cidr_block = "10.2.0.0/16"
}

resource "aws_default_route_table" "a" {
  provider               = aws.primary
  default_route_table_id = aws_vpc.a.default_route_table_id
  route                  = []
}

resource "aws_default_route_table" "b" {
  provider               = aws.secondary
  default_route_table_id = aws_vpc.b.default_route_table_id
  route                  = []
}

resource "aws_subnet" "a" {
  provider          = aws.primary
  vpc_id            = aws_vpc.a.id
  cidr_block        = "10.1.1.0/24"
  availability_zone = "us-east-1a"
}

resource "aws_subnet" "b1" {
  provider          = aws.secondary
  vpc_id            = aws_vpc.b.id
  cidr_block        = "10.2.1.0/24"
  availability_zone = "eu-west-1a"
}

resource "aws_subnet" "b2" {
  provider          = aws.secondary
  vpc_id            = aws_vpc.b.id
  cidr_block        = "10.2.2.0/24"
  availability_zone = "eu-west-1b"
}

resource "aws_route_table" "a" {
  provider = aws.primary
  vpc_id   = aws_vpc.a.id
}

resource "aws_route_table" "b" {
  provider = aws.secondary
  vpc_id   = aws_vpc.b.id
}

resource "aws_route_table_association" "a" {
  provider       = aws.primary
  subnet_id      = aws_subnet.a.id
  route_table_id = aws_route_table.a.id
}

resource "aws_route_table_association" "b1" {
  provider       = aws.secondary
  subnet_id      = aws_subnet.b1.id
  route_table_id = aws_route_table.b.id
}

resource "aws_vpc_peering_connection" "ab" {
  provider    = aws.primary
  vpc_id      = aws_vpc.a.id
  peer_vpc_id = aws_vpc.b.id
  peer_region = "eu-west-1"
}

resource "aws_vpc_peering_connection_accepter" "ab" {
  provider                  = aws.secondary
  vpc_peering_connection_id = aws_vpc_peering_connection.ab.id
  auto_accept               = true
}

resource "aws_route" "a_to_b" {
  provider                  = aws.primary
  route_table_id            = aws_route_table.a.id
  destination_cidr_block    = aws_vpc.b.cidr_block
  vpc_peering_connection_id = aws_vpc_peering_connection.ab.id
}

resource "aws_route" "b_to_a" {
  provider                  = aws.secondary
  route_table_id            = aws_route_table.b.id
  destination_cidr_block    = aws_vpc.a.cidr_block
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.ab.id
}
