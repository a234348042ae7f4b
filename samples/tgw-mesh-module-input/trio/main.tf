terraform {
  required_providers {
    aws = { source = "hashicorp/aws", configuration_aliases = [aws.one, aws.two, aws.three] }
  }
}
variable "mesh" { type = any }
locals {
  one   = var.mesh.one
  two   = var.mesh.two
  three = var.mesh.three
}
# one -> two
resource "aws_ec2_transit_gateway_peering_attachment" "one_to_two" {
  provider                = aws.one
  transit_gateway_id      = local.one.tgw_id
  peer_region             = "us-east-2"
  peer_transit_gateway_id = local.two.tgw_id
}
resource "aws_ec2_transit_gateway_peering_attachment_accepter" "one_to_two" {
  provider                      = aws.two
  transit_gateway_attachment_id = aws_ec2_transit_gateway_peering_attachment.one_to_two.id
}
# two -> three
resource "aws_ec2_transit_gateway_peering_attachment" "two_to_three" {
  provider                = aws.two
  transit_gateway_id      = local.two.tgw_id
  peer_region             = "us-west-2"
  peer_transit_gateway_id = local.three.tgw_id
}
resource "aws_ec2_transit_gateway_peering_attachment_accepter" "two_to_three" {
  provider                      = aws.three
  transit_gateway_attachment_id = aws_ec2_transit_gateway_peering_attachment.two_to_three.id
}
# three -> one
resource "aws_ec2_transit_gateway_peering_attachment" "three_to_one" {
  provider                = aws.three
  transit_gateway_id      = local.three.tgw_id
  peer_region             = "us-east-1"
  peer_transit_gateway_id = local.one.tgw_id
}
resource "aws_ec2_transit_gateway_peering_attachment_accepter" "three_to_one" {
  provider                      = aws.one
  transit_gateway_attachment_id = aws_ec2_transit_gateway_peering_attachment.three_to_one.id
}
# associations of the peering attachments with each side's TGW route table
resource "aws_ec2_transit_gateway_route_table_association" "one_to_two_a" {
  provider                       = aws.one
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment.one_to_two.id
  transit_gateway_route_table_id = local.one.rtb_id
}
resource "aws_ec2_transit_gateway_route_table_association" "one_to_two_b" {
  provider                       = aws.two
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.one_to_two.id
  transit_gateway_route_table_id = local.two.rtb_id
}
resource "aws_ec2_transit_gateway_route_table_association" "two_to_three_a" {
  provider                       = aws.two
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment.two_to_three.id
  transit_gateway_route_table_id = local.two.rtb_id
}
resource "aws_ec2_transit_gateway_route_table_association" "two_to_three_b" {
  provider                       = aws.three
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.two_to_three.id
  transit_gateway_route_table_id = local.three.rtb_id
}
resource "aws_ec2_transit_gateway_route_table_association" "three_to_one_a" {
  provider                       = aws.three
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment.three_to_one.id
  transit_gateway_route_table_id = local.three.rtb_id
}
resource "aws_ec2_transit_gateway_route_table_association" "three_to_one_b" {
  provider                       = aws.one
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.three_to_one.id
  transit_gateway_route_table_id = local.one.rtb_id
}
# static TGW routes, each over the attachment that joins the two gateways
resource "aws_ec2_transit_gateway_route" "one_to_two" {
  provider                       = aws.one
  destination_cidr_block         = local.two.cidr
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment.one_to_two.id
  transit_gateway_route_table_id = local.one.rtb_id
}
resource "aws_ec2_transit_gateway_route" "two_to_one" {
  provider                       = aws.two
  destination_cidr_block         = local.one.cidr
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.one_to_two.id
  transit_gateway_route_table_id = local.two.rtb_id
}
resource "aws_ec2_transit_gateway_route" "two_to_three" {
  provider                       = aws.two
  destination_cidr_block         = local.three.cidr
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment.two_to_three.id
  transit_gateway_route_table_id = local.two.rtb_id
}
resource "aws_ec2_transit_gateway_route" "three_to_two" {
  provider                       = aws.three
  destination_cidr_block         = local.two.cidr
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.two_to_three.id
  transit_gateway_route_table_id = local.three.rtb_id
}
# No route three_to_one: the us-west-2 table has none to 10.0.0.0/16.
resource "aws_ec2_transit_gateway_route" "one_to_three" {
  provider                       = aws.one
  destination_cidr_block         = local.three.cidr
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.three_to_one.id
  transit_gateway_route_table_id = local.one.rtb_id
}
