# The mesh: a transit gateway peering per pair of regions, its accepter,
# the peering route in both gateway route tables and a VPC route each way,
# every part read from var.mesh.<key>.router.
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", configuration_aliases = [aws.r0, aws.r1, aws.r2] }
  }
}
variable "mesh" { type = any }
resource "aws_ec2_transit_gateway_peering_attachment" "r0_r1" {
  provider                = aws.r0
  transit_gateway_id      = var.mesh.r0.router.id
  peer_transit_gateway_id = var.mesh.r1.router.id
  peer_region             = var.mesh.r1.router.region
}
resource "aws_ec2_transit_gateway_peering_attachment_accepter" "r0_r1" {
  provider                      = aws.r1
  transit_gateway_attachment_id = aws_ec2_transit_gateway_peering_attachment.r0_r1.id
}
resource "aws_ec2_transit_gateway_route_table_association" "r0_r1_a" {
  provider                       = aws.r0
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment.r0_r1.id
  transit_gateway_route_table_id = var.mesh.r0.router.route_table_id
}
resource "aws_ec2_transit_gateway_route_table_association" "r0_r1_b" {
  provider                       = aws.r1
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.r0_r1.id
  transit_gateway_route_table_id = var.mesh.r1.router.route_table_id
}
resource "aws_ec2_transit_gateway_route" "r0_to_r1" {
  provider                       = aws.r0
  transit_gateway_route_table_id = var.mesh.r0.router.route_table_id
  destination_cidr_block         = var.mesh.r1.router.vpc.network_cidr
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.r0_r1.id
}
# r1_to_r0 TGW route removed: r1 (us-west-1) cannot reach r0 VPC through the r0_r1 peering
resource "aws_route" "r0_to_r1" {
  provider               = aws.r0
  route_table_id         = var.mesh.r0.router.vpc.route_table_id
  destination_cidr_block = var.mesh.r1.router.vpc.network_cidr
  transit_gateway_id     = var.mesh.r0.router.id
}
resource "aws_route" "r1_to_r0" {
  provider               = aws.r1
  route_table_id         = var.mesh.r1.router.vpc.route_table_id
  destination_cidr_block = var.mesh.r0.router.vpc.network_cidr
  transit_gateway_id     = var.mesh.r1.router.id
}
resource "aws_ec2_transit_gateway_peering_attachment" "r0_r2" {
  provider                = aws.r0
  transit_gateway_id      = var.mesh.r0.router.id
  peer_transit_gateway_id = var.mesh.r2.router.id
  peer_region             = var.mesh.r2.router.region
}
resource "aws_ec2_transit_gateway_peering_attachment_accepter" "r0_r2" {
  provider                      = aws.r2
  transit_gateway_attachment_id = aws_ec2_transit_gateway_peering_attachment.r0_r2.id
}
resource "aws_ec2_transit_gateway_route_table_association" "r0_r2_a" {
  provider                       = aws.r0
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment.r0_r2.id
  transit_gateway_route_table_id = var.mesh.r0.router.route_table_id
}
resource "aws_ec2_transit_gateway_route_table_association" "r0_r2_b" {
  provider                       = aws.r2
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.r0_r2.id
  transit_gateway_route_table_id = var.mesh.r2.router.route_table_id
}
resource "aws_ec2_transit_gateway_route" "r0_to_r2" {
  provider                       = aws.r0
  transit_gateway_route_table_id = var.mesh.r0.router.route_table_id
  destination_cidr_block         = var.mesh.r2.router.vpc.network_cidr
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.r0_r2.id
}
resource "aws_ec2_transit_gateway_route" "r2_to_r0" {
  provider                       = aws.r2
  transit_gateway_route_table_id = var.mesh.r2.router.route_table_id
  destination_cidr_block         = var.mesh.r0.router.vpc.network_cidr
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.r0_r2.id
}
resource "aws_route" "r0_to_r2" {
  provider               = aws.r0
  route_table_id         = var.mesh.r0.router.vpc.route_table_id
  destination_cidr_block = var.mesh.r2.router.vpc.network_cidr
  transit_gateway_id     = var.mesh.r0.router.id
}
resource "aws_route" "r2_to_r0" {
  provider               = aws.r2
  route_table_id         = var.mesh.r2.router.vpc.route_table_id
  destination_cidr_block = var.mesh.r0.router.vpc.network_cidr
  transit_gateway_id     = var.mesh.r2.router.id
}
resource "aws_ec2_transit_gateway_peering_attachment" "r1_r2" {
  provider                = aws.r1
  transit_gateway_id      = var.mesh.r1.router.id
  peer_transit_gateway_id = var.mesh.r2.router.id
  peer_region             = var.mesh.r2.router.region
}
resource "aws_ec2_transit_gateway_peering_attachment_accepter" "r1_r2" {
  provider                      = aws.r2
  transit_gateway_attachment_id = aws_ec2_transit_gateway_peering_attachment.r1_r2.id
}
resource "aws_ec2_transit_gateway_route_table_association" "r1_r2_a" {
  provider                       = aws.r1
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment.r1_r2.id
  transit_gateway_route_table_id = var.mesh.r1.router.route_table_id
}
resource "aws_ec2_transit_gateway_route_table_association" "r1_r2_b" {
  provider                       = aws.r2
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.r1_r2.id
  transit_gateway_route_table_id = var.mesh.r2.router.route_table_id
}
resource "aws_ec2_transit_gateway_route" "r1_to_r2" {
  provider                       = aws.r1
  transit_gateway_route_table_id = var.mesh.r1.router.route_table_id
  destination_cidr_block         = var.mesh.r2.router.vpc.network_cidr
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.r1_r2.id
}
resource "aws_ec2_transit_gateway_route" "r2_to_r1" {
  provider                       = aws.r2
  transit_gateway_route_table_id = var.mesh.r2.router.route_table_id
  destination_cidr_block         = var.mesh.r1.router.vpc.network_cidr
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.r1_r2.id
}
resource "aws_route" "r1_to_r2" {
  provider               = aws.r1
  route_table_id         = var.mesh.r1.router.vpc.route_table_id
  destination_cidr_block = var.mesh.r2.router.vpc.network_cidr
  transit_gateway_id     = var.mesh.r1.router.id
}
resource "aws_route" "r2_to_r1" {
  provider               = aws.r2
  route_table_id         = var.mesh.r2.router.vpc.route_table_id
  destination_cidr_block = var.mesh.r1.router.vpc.network_cidr
  transit_gateway_id     = var.mesh.r2.router.id
}
