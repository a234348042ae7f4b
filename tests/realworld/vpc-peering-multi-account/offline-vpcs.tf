# offline: this file is not upstream's. Upstream's complete example peers
# two VPCs that exist before the plan (its test makes them with
# examples/vpc-only: cloudposse/vpc 172.16.0.0/16 and 172.17.0.0/16, with
# cloudposse/dynamic-subnets), found by the module's data lookups, which
# need AWS at plan time. Here the two VPCs, with the same CIDRs, are
# created in the plan, one per region (each with the provider of its side),
# with two private subnets each, one route table per subnet, so that the
# module's lookups can be replaced by what they would find.

locals {
  offline_requester_azs = ["us-east-1a", "us-east-1b"]
  offline_accepter_azs  = ["us-west-2a", "us-west-2b"]
}

resource "aws_vpc" "requester" {
  provider   = aws.requester
  cidr_block = "172.16.0.0/16"
  tags       = { Name = "${module.this.id}-requester" }
}

resource "aws_subnet" "requester" {
  count             = length(local.offline_requester_azs)
  provider          = aws.requester
  vpc_id            = aws_vpc.requester.id
  availability_zone = local.offline_requester_azs[count.index]
  cidr_block        = cidrsubnet(aws_vpc.requester.cidr_block, 8, count.index)
}

resource "aws_route_table" "requester" {
  count    = length(local.offline_requester_azs)
  provider = aws.requester
  vpc_id   = aws_vpc.requester.id
}

resource "aws_route_table_association" "requester" {
  count          = length(local.offline_requester_azs)
  provider       = aws.requester
  subnet_id      = aws_subnet.requester[count.index].id
  route_table_id = aws_route_table.requester[count.index].id
}

resource "aws_vpc" "accepter" {
  provider   = aws.accepter
  cidr_block = "172.17.0.0/16"
  tags       = { Name = "${module.this.id}-accepter" }
}

resource "aws_subnet" "accepter" {
  count             = length(local.offline_accepter_azs)
  provider          = aws.accepter
  vpc_id            = aws_vpc.accepter.id
  availability_zone = local.offline_accepter_azs[count.index]
  cidr_block        = cidrsubnet(aws_vpc.accepter.cidr_block, 8, count.index)
}

resource "aws_route_table" "accepter" {
  count    = length(local.offline_accepter_azs)
  provider = aws.accepter
  vpc_id   = aws_vpc.accepter.id
}

resource "aws_route_table_association" "accepter" {
  count          = length(local.offline_accepter_azs)
  provider       = aws.accepter
  subnet_id      = aws_subnet.accepter[count.index].id
  route_table_id = aws_route_table.accepter[count.index].id
}
