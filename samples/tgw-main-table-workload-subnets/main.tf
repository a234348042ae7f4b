# peering-routes-wired on a network layer whose workload subnets stay on
# their VPC's main route table. Two transit gateways, peered, each with a
# VPC attached through its zone-a subnet; each VPC also has a zone-b
# subnet that nothing in this plan fills and no attachment names (an
# application stack puts its instances there later). Neither subnet is
# associated with a route table, so both use the VPC's main table, which
# the design writes with aws_route on the VPC's default_route_table_id
# (an enterprise VPC recipe does this). The gateways route each other's
# VPC through the peering in both directions.
# - aws_vpc.east main route table to aws_vpc.west passes: an aws_route on
#   aws_vpc.east.default_route_table_id sends 10.1.0.0/16 to the gateway;
# - aws_vpc.west main route table to aws_vpc.east fails: west's main
#   table only sends 10.9.0.0/16 (shared services) to the gateway, so the
#   instances of its zone-b subnet can never reach east.
# A subnet that holds only the attachment needs no route of its own (it
# is no subject: samples/tgw-peering-routes).
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
}

provider "aws" {
  alias                       = "west"
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
}

resource "aws_vpc" "east" {
  provider   = aws.east
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "east_a" {
  provider          = aws.east
  vpc_id            = aws_vpc.east.id
  cidr_block        = "10.0.1.0/24"
  availability_zone = "us-east-1a"
}

resource "aws_subnet" "east_b" {
  provider          = aws.east
  vpc_id            = aws_vpc.east.id
  cidr_block        = "10.0.2.0/24"
  availability_zone = "us-east-1b"
}

resource "aws_vpc" "west" {
  provider   = aws.west
  cidr_block = "10.1.0.0/16"
}

resource "aws_subnet" "west_a" {
  provider          = aws.west
  vpc_id            = aws_vpc.west.id
  cidr_block        = "10.1.1.0/24"
  availability_zone = "us-west-2a"
}

resource "aws_subnet" "west_b" {
  provider          = aws.west
  vpc_id            = aws_vpc.west.id
  cidr_block        = "10.1.2.0/24"
  availability_zone = "us-west-2b"
}

resource "aws_ec2_transit_gateway" "east" {
  provider = aws.east
}

resource "aws_ec2_transit_gateway" "west" {
  provider = aws.west
}

resource "aws_ec2_transit_gateway_vpc_attachment" "east" {
  provider           = aws.east
  transit_gateway_id = aws_ec2_transit_gateway.east.id
  vpc_id             = aws_vpc.east.id
  subnet_ids         = [aws_subnet.east_a.id]
}

resource "aws_ec2_transit_gateway_vpc_attachment" "west" {
  provider           = aws.west
  transit_gateway_id = aws_ec2_transit_gateway.west.id
  vpc_id             = aws_vpc.west.id
  subnet_ids         = [aws_subnet.west_a.id]
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

resource "aws_ec2_transit_gateway_route" "east_to_west" {
  provider                       = aws.east
  destination_cidr_block         = aws_vpc.west.cidr_block
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment.east_west.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway.east.association_default_route_table_id
}

resource "aws_ec2_transit_gateway_route" "west_to_east" {
  provider                       = aws.west
  destination_cidr_block         = aws_vpc.east.cidr_block
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.west.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway.west.association_default_route_table_id
}

resource "aws_route" "east_main_to_west" {
  provider               = aws.east
  route_table_id         = aws_vpc.east.default_route_table_id
  destination_cidr_block = aws_vpc.west.cidr_block
  transit_gateway_id     = aws_ec2_transit_gateway.east.id
}

resource "aws_route" "west_main_to_shared" {
  provider               = aws.west
  route_table_id         = aws_vpc.west.default_route_table_id
  destination_cidr_block = "10.9.0.0/16"
  transit_gateway_id     = aws_ec2_transit_gateway.west.id
}
