# A reference by count.index into a block of another count: the spoke
# attachments of a hub-and-spoke transit gateway are attach[1..], and
# their route table associations write `east[count.index + 1]` (as
# yandy-r/aws-demos' transit-gw module does). Plan JSON lists that as
# "aws_ec2_transit_gateway_vpc_attachment.east" and "count.index", exactly
# as it lists `east[count.index]`. Before, plangraph took the holder's own
# index: spokes[0] was linked to east[0], so east[1] looked unassociated,
# and peering-routes-wired failed the east gateway's "default route
# table", which default_route_table_association = "disable" never makes.
# When the two blocks' counts differ (1 association, 2 attachments), the
# index is not the holder's own: the edges reach every attachment,
# ambiguous, and no table is failed.
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
provider "aws" {
  alias                       = "west"
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
# east: a hub VPC and one spoke VPC, attachments associated with custom tables
resource "aws_vpc" "east" {
  count      = 2
  cidr_block = ["10.0.0.0/16", "10.1.0.0/16"][count.index]
}
resource "aws_subnet" "east" {
  count      = 2
  vpc_id     = aws_vpc.east[count.index].id
  cidr_block = cidrsubnet(aws_vpc.east[count.index].cidr_block, 8, 0)
}
resource "aws_ec2_transit_gateway" "east" {
  default_route_table_association = "disable"
  default_route_table_propagation = "disable"
}
resource "aws_ec2_transit_gateway_vpc_attachment" "east" {
  count                                           = 2
  transit_gateway_id                              = aws_ec2_transit_gateway.east.id
  vpc_id                                          = aws_vpc.east[count.index].id
  subnet_ids                                      = [aws_subnet.east[count.index].id]
  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false
}
resource "aws_ec2_transit_gateway_route_table" "hub" {
  transit_gateway_id = aws_ec2_transit_gateway.east.id
}
resource "aws_ec2_transit_gateway_route_table" "spokes" {
  transit_gateway_id = aws_ec2_transit_gateway.east.id
}
resource "aws_ec2_transit_gateway_route_table_association" "hub" {
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.east[0].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.hub.id
}
# the spoke attachments are attach[1..]: written as count.index + 1
resource "aws_ec2_transit_gateway_route_table_association" "spokes" {
  count                          = 1
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.east[count.index + 1].id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.spokes.id
}
# west: one VPC on its own TGW
resource "aws_vpc" "west" {
  provider   = aws.west
  cidr_block = "10.20.0.0/16"
}
resource "aws_subnet" "west" {
  provider   = aws.west
  vpc_id     = aws_vpc.west.id
  cidr_block = "10.20.0.0/24"
}
resource "aws_ec2_transit_gateway" "west" {
  provider = aws.west
}
resource "aws_ec2_transit_gateway_vpc_attachment" "west" {
  provider           = aws.west
  transit_gateway_id = aws_ec2_transit_gateway.west.id
  vpc_id             = aws_vpc.west.id
  subnet_ids         = [aws_subnet.west.id]
}
resource "aws_ec2_transit_gateway_peering_attachment" "ew" {
  peer_region             = "us-west-2"
  transit_gateway_id      = aws_ec2_transit_gateway.east.id
  peer_transit_gateway_id = aws_ec2_transit_gateway.west.id
}
resource "aws_ec2_transit_gateway_peering_attachment_accepter" "ew" {
  provider                      = aws.west
  transit_gateway_attachment_id = aws_ec2_transit_gateway_peering_attachment.ew.id
}
# every east table routes the west VPC through the peering
resource "aws_ec2_transit_gateway_route" "hub_to_west" {
  destination_cidr_block         = "10.20.0.0/16"
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.hub.id
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment.ew.id
}
resource "aws_ec2_transit_gateway_route" "spokes_to_west" {
  destination_cidr_block         = "10.20.0.0/16"
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.spokes.id
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment.ew.id
}
resource "aws_ec2_transit_gateway_route" "west_to_east" {
  provider                       = aws.west
  destination_cidr_block         = "10.0.0.0/15"
  transit_gateway_route_table_id = aws_ec2_transit_gateway.west.association_default_route_table_id
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.ew.id
}
