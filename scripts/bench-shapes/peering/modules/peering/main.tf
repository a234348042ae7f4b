# A same-region VPC peering between two stacks (as in
# samples/peering-modules), with a route to the peer's CIDR in each private
# route table of the requester and, when wire_accepter, of the accepter.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws" }
  }
}

variable "name" { type = string }
variable "requester_vpc_id" { type = string }
variable "accepter_vpc_id" { type = string }
variable "requester_cidr" { type = string }
variable "accepter_cidr" { type = string }
variable "requester_route_table_ids" { type = list(string) }
variable "accepter_route_table_ids" { type = list(string) }
# The route tables' count must be known when planning; their ids are not.
variable "route_tables" { type = number }
variable "wire_accepter" { type = bool }

resource "aws_vpc_peering_connection" "this" {
  vpc_id      = var.requester_vpc_id
  peer_vpc_id = var.accepter_vpc_id
  auto_accept = true
  tags        = { Name = var.name }
}

resource "aws_route" "requester" {
  count                     = var.route_tables
  route_table_id            = var.requester_route_table_ids[count.index]
  destination_cidr_block    = var.accepter_cidr
  vpc_peering_connection_id = aws_vpc_peering_connection.this.id
}

resource "aws_route" "accepter" {
  count                     = var.wire_accepter ? var.route_tables : 0
  route_table_id            = var.accepter_route_table_ids[count.index]
  destination_cidr_block    = var.requester_cidr
  vpc_peering_connection_id = aws_vpc_peering_connection.this.id
}
