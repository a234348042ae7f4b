# peering-routes-wired where routes name a VPC's main route table through a
# data source: `data "aws_route_table"` with vpc_id = the VPC and a filter
# association.main = "true" reads the main table of a VPC this
# configuration makes (as generated multi-VPC recipes write it), and the
# subnets with no route table association use that table.
# - app's main table routes the peer's CIDR through the peering (a route
#   whose route_table_id is data.aws_route_table.app_main.id): passes;
# - shared's main table has no route back to app (the lookup of it is
#   there, but no route names it): fails.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  region                      = "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_vpc" "app" {
  cidr_block = "10.10.0.0/16"
}

resource "aws_vpc" "shared" {
  cidr_block = "10.20.0.0/16"
}

resource "aws_subnet" "app" {
  vpc_id     = aws_vpc.app.id
  cidr_block = "10.10.1.0/24"
}

resource "aws_subnet" "shared" {
  vpc_id     = aws_vpc.shared.id
  cidr_block = "10.20.1.0/24"
}

resource "aws_vpc_peering_connection" "app_shared" {
  vpc_id      = aws_vpc.app.id
  peer_vpc_id = aws_vpc.shared.id
  auto_accept = true
}

data "aws_route_table" "app_main" {
  vpc_id = aws_vpc.app.id

  filter {
    name   = "association.main"
    values = ["true"]
  }
}

data "aws_route_table" "shared_main" {
  vpc_id = aws_vpc.shared.id

  filter {
    name   = "association.main"
    values = ["true"]
  }
}

resource "aws_route" "app_to_shared" {
  route_table_id            = data.aws_route_table.app_main.id
  destination_cidr_block    = aws_vpc.shared.cidr_block
  vpc_peering_connection_id = aws_vpc_peering_connection.app_shared.id
}
