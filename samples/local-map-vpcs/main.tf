# A peering whose vpc_id and peer_vpc_id pick one VPC each out of a local
# map of one VPC per region (`local.vpcs[local.region_list[0]]`). Plan JSON
# leaves the local out; `terraform graph -type=plan` shows only that the
# local reads both VPCs. Before, with the graph, the connection got a plain
# edge to each VPC: same-region-references failed it ("names aws_vpc.b
# (us-west-2) as vpc_id"), though vpc_id is aws_vpc.a. An attribute that
# names one VPC, led by a local to several, holds one of them and the plan
# cannot tell which: the edges are ambiguous (they tie no regions, which
# keeps region inference from merging both regions where the providers'
# regions come from locals), and the connection is unknown, saying so.
# Plan it with scripts/regen-samples.
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}
variable "regions" {
  default = {
    "us-east-1" = { cidr = "10.1.0.0/16" }
    "us-west-2" = { cidr = "10.2.0.0/16" }
  }
}
locals {
  region_list = keys(var.regions)
}
provider "aws" {
  alias                       = "r1"
  region                      = "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
provider "aws" {
  alias                       = "r2"
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
resource "aws_vpc" "a" {
  provider   = aws.r1
  cidr_block = var.regions[local.region_list[0]].cidr
}
resource "aws_subnet" "a" {
  provider          = aws.r1
  vpc_id            = aws_vpc.a.id
  cidr_block        = "10.1.1.0/24"
  availability_zone = "us-east-1a"
}
resource "aws_vpc" "b" {
  provider   = aws.r2
  cidr_block = var.regions[local.region_list[1]].cidr
}
resource "aws_subnet" "b" {
  provider          = aws.r2
  vpc_id            = aws_vpc.b.id
  cidr_block        = "10.2.1.0/24"
  availability_zone = "us-west-2a"
}
locals {
  vpcs = {
    (local.region_list[0]) = aws_vpc.a.id
    (local.region_list[1]) = aws_vpc.b.id
  }
}
resource "aws_vpc_peering_connection" "p" {
  provider    = aws.r1
  vpc_id      = local.vpcs[local.region_list[0]]
  peer_vpc_id = local.vpcs[local.region_list[1]]
  peer_region = local.region_list[1]
}
resource "aws_vpc_peering_connection_accepter" "p" {
  provider                  = aws.r2
  vpc_peering_connection_id = aws_vpc_peering_connection.p.id
  auto_accept               = true
}
resource "aws_route" "a_to_b" {
  provider                  = aws.r1
  route_table_id            = aws_vpc.a.main_route_table_id
  destination_cidr_block    = aws_vpc.b.cidr_block
  vpc_peering_connection_id = aws_vpc_peering_connection.p.id
}
resource "aws_route" "b_to_a" {
  provider                  = aws.r2
  route_table_id            = aws_vpc.b.main_route_table_id
  destination_cidr_block    = aws_vpc.a.cidr_block
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.p.id
}
