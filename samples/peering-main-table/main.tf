# peering-routes-wired beyond explicit route tables.
#
# The main route table: subnets with no aws_route_table_association use
# their VPC's main route table. VPC east routes the peer through its main
# table (an aws_route on main_route_table_id, whose destination is the
# cidr_block of a data source that looks VPC west up by its id, as modules
# that take VPC ids as inputs do): it passes. VPC west's subnet has no
# association and nothing routes west's main table back: it fails.
#
# A route table picked by an expression: module "west_extra" routes the
# peer from the tables it is given, taking each route's table with
# element(..., count.index), which the plan cannot evaluate. Each of its two
# routes names one of the two tables, and the plan cannot tell which, so
# neither table passes on its strength: both are unknown, saying why (here
# only one route would do, as `count = 1` leaves table "b" unrouted).

resource "aws_vpc" "east" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_vpc" "west" {
  provider   = aws.dr
  cidr_block = "10.2.0.0/16"
}

resource "aws_subnet" "east" {
  vpc_id     = aws_vpc.east.id
  cidr_block = "10.1.1.0/24"
}

resource "aws_subnet" "west" {
  provider   = aws.dr
  vpc_id     = aws_vpc.west.id
  cidr_block = "10.2.1.0/24"
}

resource "aws_vpc_peering_connection" "east_west" {
  vpc_id      = aws_vpc.east.id
  peer_vpc_id = aws_vpc.west.id
  peer_region = "us-west-2"
}

resource "aws_vpc_peering_connection_accepter" "west" {
  provider                  = aws.dr
  vpc_peering_connection_id = aws_vpc_peering_connection.east_west.id
  auto_accept               = true
}

data "aws_vpc" "west" {
  provider = aws.dr
  id       = aws_vpc.west.id
}

resource "aws_route" "east_main_to_west" {
  route_table_id            = aws_vpc.east.main_route_table_id
  destination_cidr_block    = data.aws_vpc.west.cidr_block
  vpc_peering_connection_id = aws_vpc_peering_connection.east_west.id
}

resource "aws_route_table" "west_extra" {
  for_each = toset(["a", "b"])
  provider = aws.dr
  vpc_id   = aws_vpc.west.id
}

module "west_extra" {
  source          = "./modules/routes"
  providers       = { aws = aws.dr }
  route_table_ids = [for k in ["a", "b"] : aws_route_table.west_extra[k].id]
  routes          = 1
  destination     = aws_vpc.east.cidr_block
  connection_id   = aws_vpc_peering_connection_accepter.west.id
}
