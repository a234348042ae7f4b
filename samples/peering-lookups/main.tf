# peering-routes-wired where the VPCs and route tables are found again by
# their Name tags (data sources that depend on the network, so terraform
# reads them at apply), as aws-samples' VPC peering example does. Each
# lookup's tags single out one VPC or table of the plan, so the peering
# joins vpc "app" and vpc "db": the app table routes the db CIDR through
# it (passes), the db table has no route back (fails). The "legacy"
# lookup matches two VPCs (both tagged Env = legacy): it reads neither for
# sure, and the peering that names it has no subject.

resource "aws_vpc" "net" {
  for_each   = { app = "10.1.0.0/16", db = "10.2.0.0/16" }
  provider   = aws.primary
  cidr_block = each.value
  tags       = { Name = each.key }
}

resource "aws_vpc" "legacy" {
  for_each   = { one = "10.8.0.0/16", two = "10.9.0.0/16" }
  provider   = aws.primary
  cidr_block = each.value
  tags       = { Name = "legacy-${each.key}", Env = "legacy" }
}

resource "aws_route_table" "net" {
  for_each = aws_vpc.net
  provider = aws.primary
  vpc_id   = each.value.id
  tags     = { Name = "${each.key}-rt" }
}

data "aws_vpc" "net" {
  for_each   = toset(["app", "db"])
  provider   = aws.primary
  depends_on = [aws_vpc.net]
  filter {
    name   = "tag:Name"
    values = [each.key]
  }
}

data "aws_vpc" "legacy" {
  provider   = aws.primary
  depends_on = [aws_vpc.legacy]
  tags       = { Env = "legacy" }
}

data "aws_route_table" "net" {
  for_each   = toset(["app", "db"])
  provider   = aws.primary
  depends_on = [aws_route_table.net]
  filter {
    name   = "tag:Name"
    values = ["${each.key}-rt"]
  }
}

resource "aws_vpc_peering_connection" "app_db" {
  provider    = aws.primary
  vpc_id      = data.aws_vpc.net["app"].id
  peer_vpc_id = data.aws_vpc.net["db"].id
  auto_accept = true
}

resource "aws_vpc_peering_connection" "app_legacy" {
  provider    = aws.primary
  vpc_id      = data.aws_vpc.net["app"].id
  peer_vpc_id = data.aws_vpc.legacy.id
  auto_accept = true
}

resource "aws_route" "app_to_db" {
  provider                  = aws.primary
  route_table_id            = data.aws_route_table.net["app"].id
  destination_cidr_block    = data.aws_vpc.net["db"].cidr_block
  vpc_peering_connection_id = aws_vpc_peering_connection.app_db.id
}
