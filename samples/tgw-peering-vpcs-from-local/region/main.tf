# One region: two VPCs attached to the region's transit gateway through a
# for_each over a local map, the gateway's routes to the peer region's
# VPCs through the peering, and (when route is set) the VPCs' routes back.

variable "cidr" { type = string }
variable "peer_cidrs" { type = list(string) }
variable "peering" { type = string }
variable "route" { type = bool }

resource "aws_vpc" "app" {
  cidr_block = cidrsubnet(var.cidr, 1, 0)
}

resource "aws_vpc" "data" {
  cidr_block = cidrsubnet(var.cidr, 1, 1)
}

resource "aws_subnet" "app" {
  vpc_id     = aws_vpc.app.id
  cidr_block = cidrsubnet(var.cidr, 8, 0)
}

resource "aws_subnet" "data" {
  vpc_id     = aws_vpc.data.id
  cidr_block = cidrsubnet(var.cidr, 8, 128)
}

resource "aws_route_table" "app" {
  vpc_id = aws_vpc.app.id
}

resource "aws_route_table" "data" {
  vpc_id = aws_vpc.data.id
}

resource "aws_route_table_association" "app" {
  subnet_id      = aws_subnet.app.id
  route_table_id = aws_route_table.app.id
}

resource "aws_route_table_association" "data" {
  subnet_id      = aws_subnet.data.id
  route_table_id = aws_route_table.data.id
}

resource "aws_ec2_transit_gateway" "this" {}

locals {
  # Only the VPCs that have a CIDR yet, as modules that attach what they
  # are given filter it: a `for`, which plangraph does not evaluate.
  vpcs    = { for name, vpc in { app = aws_vpc.app, data = aws_vpc.data } : name => vpc if vpc.cidr_block != "" }
  subnets = { app = aws_subnet.app.id, data = aws_subnet.data.id }
}

resource "aws_ec2_transit_gateway_vpc_attachment" "this" {
  for_each           = local.vpcs
  transit_gateway_id = aws_ec2_transit_gateway.this.id
  vpc_id             = each.value.id
  subnet_ids         = [local.subnets[each.key]]
}

resource "aws_ec2_transit_gateway_route" "peer" {
  count                          = 2
  transit_gateway_route_table_id = aws_ec2_transit_gateway.this.association_default_route_table_id
  destination_cidr_block         = var.peer_cidrs[count.index]
  transit_gateway_attachment_id  = var.peering
}

resource "aws_route" "app" {
  count                  = var.route ? 2 : 0
  route_table_id         = aws_route_table.app.id
  destination_cidr_block = var.peer_cidrs[count.index]
  transit_gateway_id     = aws_ec2_transit_gateway.this.id
}

resource "aws_route" "data" {
  count                  = var.route ? 2 : 0
  route_table_id         = aws_route_table.data.id
  destination_cidr_block = var.peer_cidrs[count.index]
  transit_gateway_id     = aws_ec2_transit_gateway.this.id
}

output "transit_gateway_id" {
  value = aws_ec2_transit_gateway.this.id
}
