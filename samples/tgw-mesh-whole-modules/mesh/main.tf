# Peers two routers' transit gateways and routes their VPCs to each other
# both ways: in the gateways' route tables and in the VPCs' route tables.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", configuration_aliases = [aws.one, aws.two] }
  }
}

variable "one" {
  type = any
}

variable "two" {
  type = any
}

resource "aws_ec2_transit_gateway_peering_attachment" "one_to_two" {
  provider                = aws.one
  transit_gateway_id      = var.one.id
  peer_transit_gateway_id = var.two.id
  peer_region             = var.two.region
}

resource "aws_ec2_transit_gateway_peering_attachment_accepter" "one_to_two" {
  provider                      = aws.two
  transit_gateway_attachment_id = aws_ec2_transit_gateway_peering_attachment.one_to_two.id
}

resource "aws_ec2_transit_gateway_route_table_association" "one" {
  provider                       = aws.one
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment.one_to_two.id
  transit_gateway_route_table_id = var.one.route_table_id
}

resource "aws_ec2_transit_gateway_route_table_association" "two" {
  provider                       = aws.two
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.one_to_two.id
  transit_gateway_route_table_id = var.two.route_table_id
}

resource "aws_ec2_transit_gateway_route" "one_to_two" {
  provider                       = aws.one
  transit_gateway_route_table_id = var.one.route_table_id
  destination_cidr_block         = var.two.vpc.network_cidr
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.one_to_two.id
}

resource "aws_ec2_transit_gateway_route" "two_to_one" {
  provider                       = aws.two
  transit_gateway_route_table_id = var.two.route_table_id
  destination_cidr_block         = var.one.vpc.network_cidr
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.one_to_two.id
}

resource "aws_route" "one_to_two" {
  provider               = aws.one
  route_table_id         = var.one.vpc.route_table_id
  destination_cidr_block = var.two.vpc.network_cidr
  transit_gateway_id     = var.one.id
}

resource "aws_route" "two_to_one" {
  provider               = aws.two
  route_table_id         = var.two.vpc.route_table_id
  destination_cidr_block = var.one.vpc.network_cidr
  transit_gateway_id     = var.two.id
}
