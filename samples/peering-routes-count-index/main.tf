# peering-routes-wired over routes that take their table from a list by
# count.index, with a count that follows the list (count =
# length(local.tables), route_table_id = local.tables[count.index]), as
# opencloudsource/aws-vpc-peering-multi-region's peering module writes
# them. Plan JSON leaves the local out, so from the plan alone which table
# each route enters is unknown. `terraform graph -type=plan` shows the
# local reads both of a VPC's tables, and the count the same local: the
# block of two routes covers the two tables, whichever route has which
# (before: unknown). Two blocks that do not cover theirs stay unknown: one
# whose count is one short of its list, and one whose count is a literal.
# The `b` side names its tables by `aws_route_table.b[count.index]`, which
# plan JSON resolves.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  alias                       = "a"
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "b"
  region                      = "ap-southeast-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_vpc" "a" {
  provider   = aws.a
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc" "b" {
  provider   = aws.b
  cidr_block = "10.1.0.0/16"
}

resource "aws_route_table" "a" {
  provider = aws.a
  count    = 2
  vpc_id   = aws_vpc.a.id
}

resource "aws_route_table" "b" {
  provider = aws.b
  count    = 2
  vpc_id   = aws_vpc.b.id
}

resource "aws_vpc_peering_connection" "p" {
  provider    = aws.a
  vpc_id      = aws_vpc.a.id
  peer_vpc_id = aws_vpc.b.id
  peer_region = "ap-southeast-1"
}

resource "aws_vpc_peering_connection_accepter" "p" {
  provider                  = aws.b
  vpc_peering_connection_id = aws_vpc_peering_connection.p.id
  auto_accept               = true
}

locals {
  a_tables = aws_route_table.a[*].id
}

resource "aws_route" "a" {
  provider                  = aws.a
  count                     = length(local.a_tables)
  route_table_id            = local.a_tables[count.index]
  destination_cidr_block    = aws_vpc.b.cidr_block
  vpc_peering_connection_id = aws_vpc_peering_connection.p.id
}

resource "aws_route" "b" {
  provider                  = aws.b
  count                     = 2
  route_table_id            = aws_route_table.b[count.index].id
  destination_cidr_block    = aws_vpc.a.cidr_block
  vpc_peering_connection_id = aws_vpc_peering_connection.p.id
}

# A second peering, of a third VPC with two tables, whose route blocks do
# not cover their tables.
resource "aws_vpc" "c" {
  provider   = aws.a
  cidr_block = "10.2.0.0/16"
}

resource "aws_route_table" "c" {
  provider = aws.a
  count    = 2
  vpc_id   = aws_vpc.c.id
}

resource "aws_route_table" "d" {
  provider = aws.a
  count    = 2
  vpc_id   = aws_vpc.c.id
}

resource "aws_vpc_peering_connection" "q" {
  provider    = aws.a
  vpc_id      = aws_vpc.c.id
  peer_vpc_id = aws_vpc.a.id
  auto_accept = true
}

locals {
  c_tables = aws_route_table.c[*].id
  d_tables = aws_route_table.d[*].id
}

# One short: the second table of c is never routed.
resource "aws_route" "c" {
  provider                  = aws.a
  count                     = length(local.c_tables) - 1
  route_table_id            = local.c_tables[count.index]
  destination_cidr_block    = aws_vpc.a.cidr_block
  vpc_peering_connection_id = aws_vpc_peering_connection.q.id
}

# A literal count: the plan cannot tell it matches the list.
resource "aws_route" "d" {
  provider                  = aws.a
  count                     = 2
  route_table_id            = local.d_tables[count.index]
  destination_cidr_block    = aws_vpc.a.cidr_block
  vpc_peering_connection_id = aws_vpc_peering_connection.q.id
}

resource "aws_route" "a_to_c" {
  provider                  = aws.a
  count                     = length(local.a_tables)
  route_table_id            = local.a_tables[count.index]
  destination_cidr_block    = aws_vpc.c.cidr_block
  vpc_peering_connection_id = aws_vpc_peering_connection.q.id
}
