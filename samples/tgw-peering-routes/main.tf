# peering-routes-wired on a transit gateway peering: a transit gateway in
# us-east-1 and one in us-west-2, peered (requester and accepter), each
# with one VPC attached. Traffic between the VPCs needs, in both
# directions, a static route through the peering attachment in the table
# the near VPC's attachment uses, and a route to the near transit gateway
# in every route table of the near VPC.
#
# East is wired: its default association table routes 10.1.0.0/16 through
# the peering, and the VPC's one table sends 10.1.0.0/16 to the transit
# gateway. West is half-wired: the route table its attachment is
# associated with holds only a blackhole for 10.0.0.0/16 (fails), and of
# the VPC's two tables the app table sends 10.0.0.0/8 to the transit
# gateway (passes) while the edge table does not (fails). The ops tables
# name the transit gateway by gateway_id, which EC2 accepts (both pass).
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

resource "aws_subnet" "east" {
  provider   = aws.east
  vpc_id     = aws_vpc.east.id
  cidr_block = "10.0.1.0/24"
}

resource "aws_vpc" "west" {
  provider   = aws.west
  cidr_block = "10.1.0.0/16"
}

resource "aws_subnet" "west" {
  provider   = aws.west
  vpc_id     = aws_vpc.west.id
  cidr_block = "10.1.1.0/24"
}

resource "aws_ec2_transit_gateway" "east" {
  provider = aws.east
}

resource "aws_ec2_transit_gateway" "west" {
  provider                        = aws.west
  default_route_table_association = "disable"
}

resource "aws_ec2_transit_gateway_vpc_attachment" "east" {
  provider           = aws.east
  transit_gateway_id = aws_ec2_transit_gateway.east.id
  vpc_id             = aws_vpc.east.id
  subnet_ids         = [aws_subnet.east.id]
}

resource "aws_ec2_transit_gateway_vpc_attachment" "west" {
  provider                                        = aws.west
  transit_gateway_id                              = aws_ec2_transit_gateway.west.id
  vpc_id                                          = aws_vpc.west.id
  subnet_ids                                      = [aws_subnet.west.id]
  transit_gateway_default_route_table_association = false
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

# East: the default association table routes the west VPC through the peering.
resource "aws_ec2_transit_gateway_route" "east_to_west" {
  provider                       = aws.east
  destination_cidr_block         = aws_vpc.west.cidr_block
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment.east_west.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway.east.association_default_route_table_id
}

# West: its own table, associated with the VPC attachment, drops the east VPC.
resource "aws_ec2_transit_gateway_route_table" "west" {
  provider           = aws.west
  transit_gateway_id = aws_ec2_transit_gateway.west.id
}

resource "aws_ec2_transit_gateway_route_table_association" "west" {
  provider                       = aws.west
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.west.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.west.id
}

resource "aws_ec2_transit_gateway_route" "west_blackhole" {
  provider                       = aws.west
  destination_cidr_block         = "10.0.0.0/16"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.west.id
}

resource "aws_route_table" "east" {
  provider = aws.east
  vpc_id   = aws_vpc.east.id
}

resource "aws_route" "east_to_west" {
  provider               = aws.east
  route_table_id         = aws_route_table.east.id
  destination_cidr_block = "10.1.0.0/16"
  transit_gateway_id     = aws_ec2_transit_gateway.east.id
}

resource "aws_route_table" "west_app" {
  provider = aws.west
  vpc_id   = aws_vpc.west.id
  route {
    cidr_block         = "10.0.0.0/8"
    transit_gateway_id = aws_ec2_transit_gateway.west.id
  }
}

# Routes that name the transit gateway by gateway_id: EC2 takes a tgw- id
# there too, and the traffic is routed (the provider reads the route back
# under transit_gateway_id and shows a diff each plan): both pass.
resource "aws_route_table" "west_ops" {
  provider = aws.west
  vpc_id   = aws_vpc.west.id
  route {
    cidr_block = "10.0.0.0/16"
    gateway_id = aws_ec2_transit_gateway.west.id
  }
}

resource "aws_route_table" "east_ops" {
  provider = aws.east
  vpc_id   = aws_vpc.east.id
}

resource "aws_route" "east_ops_to_west" {
  provider               = aws.east
  route_table_id         = aws_route_table.east_ops.id
  destination_cidr_block = "10.1.0.0/16"
  gateway_id             = aws_ec2_transit_gateway.east.id
}

resource "aws_route_table" "west_edge" {
  provider = aws.west
  vpc_id   = aws_vpc.west.id
}
