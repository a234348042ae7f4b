# peering-routes-wired, passing: a cross-region peering (requester in
# us-east-1, accepter in eu-west-1) with every route table of both VPCs
# routing the peer's CIDR through it: aws_route resources made with count on
# one side, inline route blocks (one by reference, one with literal values)
# on the other, including the VPC's default route table.

resource "aws_vpc" "a" {
  provider   = aws.primary
  cidr_block = "10.1.0.0/16"
}

resource "aws_vpc" "b" {
  provider   = aws.secondary
  cidr_block = "10.2.0.0/16"
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

resource "aws_route_table" "a" {
  count    = 2
  provider = aws.primary
  vpc_id   = aws_vpc.a.id
}

resource "aws_route" "a_to_b" {
  count                     = 2
  provider                  = aws.primary
  route_table_id            = aws_route_table.a[count.index].id
  destination_cidr_block    = aws_vpc.b.cidr_block
  vpc_peering_connection_id = aws_vpc_peering_connection.ab.id
}

resource "aws_route_table" "b" {
  provider = aws.secondary
  vpc_id   = aws_vpc.b.id

  route {
    cidr_block                = aws_vpc.a.cidr_block
    vpc_peering_connection_id = aws_vpc_peering_connection_accepter.ab.id
  }
}

resource "aws_default_route_table" "b" {
  provider               = aws.secondary
  default_route_table_id = aws_vpc.b.default_route_table_id

  route {
    cidr_block                = "10.1.0.0/16"
    vpc_peering_connection_id = aws_vpc_peering_connection_accepter.ab.id
  }
}
