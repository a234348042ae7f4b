# peering-routes-wired, failing: a same-region peering where the requester
# VPC routes to the peer only from its "app" route table (the "db" table has
# no route), and one of the accepter VPC's tables routes a CIDR that is not
# the requester's. The accepter's other table is wired and passes.

resource "aws_vpc" "a" {
  provider   = aws.primary
  cidr_block = "10.1.0.0/16"
}

resource "aws_vpc" "b" {
  provider   = aws.primary
  cidr_block = "10.2.0.0/16"
}

resource "aws_vpc_peering_connection" "ab" {
  provider    = aws.primary
  vpc_id      = aws_vpc.a.id
  peer_vpc_id = aws_vpc.b.id
  auto_accept = true
}

resource "aws_route_table" "a" {
  for_each = toset(["app", "db"])
  provider = aws.primary
  vpc_id   = aws_vpc.a.id
  tags     = { Tier = each.key }
}

resource "aws_route" "a_to_b" {
  provider                  = aws.primary
  route_table_id            = aws_route_table.a["app"].id
  destination_cidr_block    = aws_vpc.b.cidr_block
  vpc_peering_connection_id = aws_vpc_peering_connection.ab.id
}

resource "aws_route_table" "b" {
  provider = aws.primary
  vpc_id   = aws_vpc.b.id

  route {
    cidr_block                = aws_vpc.a.cidr_block
    vpc_peering_connection_id = aws_vpc_peering_connection.ab.id
  }
}

resource "aws_route_table" "b_wrong" {
  provider = aws.primary
  vpc_id   = aws_vpc.b.id

  route {
    cidr_block                = "10.99.0.0/16"
    vpc_peering_connection_id = aws_vpc_peering_connection.ab.id
  }
}
