# peering-routes-wired on tables that route the peer VPC subnet by
# subnet, as vpc-peering modules that route only chosen subnets do. The
# catalog asks every table for a route to the peer VPC's CIDR: a subnet
# the routes leave out is cut off, and so is one the peer adds later. Two
# VPCs, two subnets each, peered:
# - the app VPC's table routes each of the data VPC's subnets through
#   the connection: it fails, and says that its routes reach each subnet
#   one by one, not the VPC's CIDR;
# - the data VPC's table routes only one of the app VPC's subnets: it
#   fails, and names the subnet its routes do not reach.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

locals {
  app_subnets  = { a = "10.0.16.0/24", b = "10.0.27.0/24" }
  data_subnets = { a = "192.168.16.0/24", b = "192.168.21.0/24" }
}

resource "aws_vpc" "app" {
  cidr_block = "10.0.16.0/20"
}

resource "aws_vpc" "data" {
  cidr_block = "192.168.16.0/20"
}

resource "aws_subnet" "app" {
  for_each   = local.app_subnets
  vpc_id     = aws_vpc.app.id
  cidr_block = each.value
}

resource "aws_subnet" "data" {
  for_each   = local.data_subnets
  vpc_id     = aws_vpc.data.id
  cidr_block = each.value
}

resource "aws_route_table" "app" {
  vpc_id = aws_vpc.app.id
}

resource "aws_route_table" "data" {
  vpc_id = aws_vpc.data.id
}

resource "aws_route_table_association" "app" {
  for_each       = aws_subnet.app
  subnet_id      = each.value.id
  route_table_id = aws_route_table.app.id
}

resource "aws_route_table_association" "data" {
  for_each       = aws_subnet.data
  subnet_id      = each.value.id
  route_table_id = aws_route_table.data.id
}

resource "aws_vpc_peering_connection" "app_data" {
  vpc_id      = aws_vpc.app.id
  peer_vpc_id = aws_vpc.data.id
  auto_accept = true
}

resource "aws_route" "app_to_data" {
  for_each                  = aws_subnet.data
  route_table_id            = aws_route_table.app.id
  destination_cidr_block    = each.value.cidr_block
  vpc_peering_connection_id = aws_vpc_peering_connection.app_data.id
}

resource "aws_route" "data_to_app_a" {
  route_table_id            = aws_route_table.data.id
  destination_cidr_block    = aws_subnet.app["a"].cidr_block
  vpc_peering_connection_id = aws_vpc_peering_connection.app_data.id
}
