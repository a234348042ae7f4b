# peering-routes-wired and the default route table when the plan shows
# associations it cannot match to subnets one by one. Both VPCs adopt
# their default route table empty.
# - VPC a: a module associates the first two of its three subnets with
#   a's own table (which routes the peer), one association per element of
#   a list input it is given as slice(..., 0, 2): plan JSON gives each
#   association the whole list. A third association names the third
#   subnet. Three associations for three subnets, two of which may name
#   any: the plan cannot say that none is left to the main table, so a's
#   default table is unknown.
# - VPC b: `count = 2` associations for three subnets (a third zone added,
#   the count left as it was): one subnet is left to the main table,
#   whichever it is, so b's default table, with no route back, fails.
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
  count             = 3
  vpc_id            = aws_vpc.a.id
  cidr_block        = "10.1.${count.index}.0/24"
  availability_zone = ["us-east-1a", "us-east-1b", "us-east-1c"][count.index]
}

resource "aws_subnet" "b" {
  provider          = aws.secondary
  count             = 3
  vpc_id            = aws_vpc.b.id
  cidr_block        = "10.2.${count.index}.0/24"
  availability_zone = ["eu-west-1a", "eu-west-1b", "eu-west-1c"][count.index]
}

resource "aws_route_table" "a" {
  provider = aws.primary
  vpc_id   = aws_vpc.a.id
}

resource "aws_route_table" "b" {
  provider = aws.secondary
  vpc_id   = aws_vpc.b.id
}

module "assoc_a" {
  source         = "./assoc"
  subnet_ids     = slice(aws_subnet.a[*].id, 0, 2)
  route_table_id = aws_route_table.a.id
  providers      = { aws = aws.primary }
}

resource "aws_route_table_association" "a_last" {
  provider       = aws.primary
  subnet_id      = aws_subnet.a[2].id
  route_table_id = aws_route_table.a.id
}

resource "aws_route_table_association" "b" {
  provider       = aws.secondary
  count          = 2
  subnet_id      = aws_subnet.b[count.index].id
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
