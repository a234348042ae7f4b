# One region of the mesh: a VPC attached to its transit gateway, with VPC
# routes to the two far VPCs through it.
variable "cidr" { type = string }
variable "far_cidrs" { type = list(string) }
resource "aws_vpc" "this" { cidr_block = var.cidr }
resource "aws_subnet" "this" {
  vpc_id     = aws_vpc.this.id
  cidr_block = cidrsubnet(var.cidr, 8, 1)
}
resource "aws_route_table" "this" { vpc_id = aws_vpc.this.id }
resource "aws_route_table_association" "this" {
  subnet_id      = aws_subnet.this.id
  route_table_id = aws_route_table.this.id
}
resource "aws_ec2_transit_gateway" "this" {
  default_route_table_association = "disable"
  default_route_table_propagation = "disable"
}
resource "aws_ec2_transit_gateway_route_table" "this" { transit_gateway_id = aws_ec2_transit_gateway.this.id }
resource "aws_ec2_transit_gateway_vpc_attachment" "this" {
  transit_gateway_id                              = aws_ec2_transit_gateway.this.id
  vpc_id                                          = aws_vpc.this.id
  subnet_ids                                      = [aws_subnet.this.id]
  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false
}
resource "aws_ec2_transit_gateway_route_table_association" "this" {
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.this.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.this.id
}
# The VPC's routes in the gateway's table: what arrives over a peering
# is routed by this table, and reaches the VPC through them.
resource "aws_ec2_transit_gateway_route_table_propagation" "this" {
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.this.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.this.id
}
resource "aws_route" "to_far" {
  for_each               = toset(var.far_cidrs)
  route_table_id         = aws_route_table.this.id
  destination_cidr_block = each.key
  transit_gateway_id     = aws_ec2_transit_gateway.this.id
}
output "tgw" { value = aws_ec2_transit_gateway.this }
output "tgw_rtb" { value = aws_ec2_transit_gateway_route_table.this }
output "vpc" { value = aws_vpc.this }
