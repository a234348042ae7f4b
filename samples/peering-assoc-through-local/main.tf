# peering-routes-wired when route table associations take their subnets
# from a local value, which plan JSON does not describe. VPC a's two
# subnets are associated with a's own table (which routes the peer) by
# subnet_id = local.subnet_ids[count.index]; a's default table is adopted
# empty. VPC b has a table that routes the peer and no subnet in the plan.
# Which subnet each association names is not known (plan alone; with the
# graph, each may name either), so a's default table is unknown. Neither
# VPC has a "main route table" subject: b has no subnet that could use
# one, and a's main table is its default table, a subject of its own.
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

resource "aws_subnet" "a" {
  provider          = aws.primary
  count             = 2
  vpc_id            = aws_vpc.a.id
  cidr_block        = "10.1.${count.index}.0/24"
  availability_zone = ["us-east-1a", "us-east-1b"][count.index]
}

locals {
  subnet_ids = aws_subnet.a[*].id
}

resource "aws_route_table" "a" {
  provider = aws.primary
  vpc_id   = aws_vpc.a.id
}

resource "aws_route_table_association" "a" {
  provider       = aws.primary
  count          = length(local.subnet_ids)
  subnet_id      = local.subnet_ids[count.index]
  route_table_id = aws_route_table.a.id
}

resource "aws_route_table" "b" {
  provider = aws.secondary
  vpc_id   = aws_vpc.b.id
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
