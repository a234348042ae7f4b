# peering-routes-wired on the return leg of a transit gateway peering.
# What crosses the peering arrives at the far gateway on the peering
# attachment, and the far gateway routes it by the table that attachment
# is associated with there: that table must route the far VPC to its
# attachment (a propagation, or a static route). Each side here has one
# custom table, associated with its VPC's attachment and with the
# peering, holding a static route to the other side's VPC:
# - east's table also takes a propagation of east's VPC attachment, so
#   what arrives from west reaches the east VPC: "west to aws_vpc.east"
#   passes;
# - west's table has no propagation of west's VPC attachment and no route
#   to the west VPC, so what arrives from east is dropped there: "east to
#   aws_vpc.west" fails, naming west's table.
# The VPCs' own route tables send the other side's CIDR to their gateway,
# and pass.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  alias                       = "east"
  region                      = "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "west"
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_vpc" "east" {
  provider   = aws.east
  cidr_block = "10.1.0.0/16"
}

resource "aws_subnet" "east" {
  provider   = aws.east
  vpc_id     = aws_vpc.east.id
  cidr_block = "10.1.1.0/24"
}

resource "aws_vpc" "west" {
  provider   = aws.west
  cidr_block = "10.2.0.0/16"
}

resource "aws_subnet" "west" {
  provider   = aws.west
  vpc_id     = aws_vpc.west.id
  cidr_block = "10.2.1.0/24"
}

resource "aws_ec2_transit_gateway" "east" {
  provider                        = aws.east
  default_route_table_association = "disable"
  default_route_table_propagation = "disable"
}

resource "aws_ec2_transit_gateway" "west" {
  provider                        = aws.west
  default_route_table_association = "disable"
  default_route_table_propagation = "disable"
}

resource "aws_ec2_transit_gateway_vpc_attachment" "east" {
  provider                                        = aws.east
  transit_gateway_id                              = aws_ec2_transit_gateway.east.id
  vpc_id                                          = aws_vpc.east.id
  subnet_ids                                      = [aws_subnet.east.id]
  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false
}

resource "aws_ec2_transit_gateway_vpc_attachment" "west" {
  provider                                        = aws.west
  transit_gateway_id                              = aws_ec2_transit_gateway.west.id
  vpc_id                                          = aws_vpc.west.id
  subnet_ids                                      = [aws_subnet.west.id]
  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false
}

resource "aws_ec2_transit_gateway_peering_attachment" "east_west" {
  provider                = aws.east
  transit_gateway_id      = aws_ec2_transit_gateway.east.id
  peer_transit_gateway_id = aws_ec2_transit_gateway.west.id
  peer_region             = "us-west-2"
}

resource "aws_ec2_transit_gateway_peering_attachment_accepter" "west" {
  provider                      = aws.west
  transit_gateway_attachment_id = aws_ec2_transit_gateway_peering_attachment.east_west.id
}

resource "aws_ec2_transit_gateway_route_table" "east" {
  provider           = aws.east
  transit_gateway_id = aws_ec2_transit_gateway.east.id
}

resource "aws_ec2_transit_gateway_route_table" "west" {
  provider           = aws.west
  transit_gateway_id = aws_ec2_transit_gateway.west.id
}

resource "aws_ec2_transit_gateway_route_table_association" "east_vpc" {
  provider                       = aws.east
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.east.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.east.id
}

resource "aws_ec2_transit_gateway_route_table_association" "east_peering" {
  provider                       = aws.east
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment.east_west.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.east.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "east_vpc" {
  provider                       = aws.east
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.east.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.east.id
}

resource "aws_ec2_transit_gateway_route_table_association" "west_vpc" {
  provider                       = aws.west
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.west.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.west.id
}

resource "aws_ec2_transit_gateway_route_table_association" "west_peering" {
  provider                       = aws.west
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.west.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.west.id
}

resource "aws_ec2_transit_gateway_route" "east_to_west" {
  provider                       = aws.east
  destination_cidr_block         = aws_vpc.west.cidr_block
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment.east_west.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.east.id
}

resource "aws_ec2_transit_gateway_route" "west_to_east" {
  provider                       = aws.west
  destination_cidr_block         = aws_vpc.east.cidr_block
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.west.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.west.id
}

resource "aws_route_table" "east" {
  provider = aws.east
  vpc_id   = aws_vpc.east.id
}

resource "aws_route_table_association" "east" {
  provider       = aws.east
  subnet_id      = aws_subnet.east.id
  route_table_id = aws_route_table.east.id
}

resource "aws_route" "east_to_west" {
  provider               = aws.east
  route_table_id         = aws_route_table.east.id
  destination_cidr_block = aws_vpc.west.cidr_block
  transit_gateway_id     = aws_ec2_transit_gateway.east.id
}

resource "aws_route_table" "west" {
  provider = aws.west
  vpc_id   = aws_vpc.west.id
}

resource "aws_route_table_association" "west" {
  provider       = aws.west
  subnet_id      = aws_subnet.west.id
  route_table_id = aws_route_table.west.id
}

resource "aws_route" "west_to_east" {
  provider               = aws.west
  route_table_id         = aws_route_table.west.id
  destination_cidr_block = aws_vpc.east.cidr_block
  transit_gateway_id     = aws_ec2_transit_gateway.west.id
}
