# peering-routes-wired when the peering connection takes its VPCs from
# local values, as modules that pick the requester and accepter by a
# variable do: plan JSON does not describe locals, so the plan alone cannot
# tell which VPCs are peered. The check must report the connection as one
# unknown subject saying why, never skip as if there were no peering. With
# tf-graph-plan.dot (terraform graph -type=plan) the locals are resolved:
# the us-east-1 table routes the peer's CIDR and passes, the us-west-2
# table has no route back and fails.

locals {
  requester_vpc_id = aws_vpc.east.id
  accepter_vpc_id  = aws_vpc.west.id
}

resource "aws_vpc" "east" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_vpc" "west" {
  provider   = aws.dr
  cidr_block = "10.2.0.0/16"
}

resource "aws_vpc_peering_connection" "east_west" {
  vpc_id      = local.requester_vpc_id
  peer_vpc_id = local.accepter_vpc_id
  peer_region = "us-west-2"
}

resource "aws_vpc_peering_connection_accepter" "west" {
  provider                  = aws.dr
  vpc_peering_connection_id = aws_vpc_peering_connection.east_west.id
  auto_accept               = true
}

resource "aws_route_table" "east" {
  vpc_id = aws_vpc.east.id
}

resource "aws_route" "east_to_west" {
  route_table_id            = aws_route_table.east.id
  destination_cidr_block    = aws_vpc.west.cidr_block
  vpc_peering_connection_id = aws_vpc_peering_connection.east_west.id
}

# No route back to 10.1.0.0/16: traffic from the east never returns.
resource "aws_route_table" "west" {
  provider = aws.dr
  vpc_id   = aws_vpc.west.id
}
