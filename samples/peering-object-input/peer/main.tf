terraform {
  required_providers {
    aws = { source = "hashicorp/aws", configuration_aliases = [aws.a, aws.b] }
  }
}
variable "a" { type = object({ vpc_id = string, route_table_id = string, cidr_block = string }) }
variable "b" { type = object({ vpc_id = string, route_table_id = string, cidr_block = string }) }
resource "aws_vpc_peering_connection" "ab" {
  provider    = aws.a
  vpc_id      = var.a.vpc_id
  peer_vpc_id = var.b.vpc_id
  peer_region = "us-west-2"
}
resource "aws_vpc_peering_connection_accepter" "ab" {
  provider                  = aws.b
  vpc_peering_connection_id = aws_vpc_peering_connection.ab.id
  auto_accept               = true
}
resource "aws_route" "a_to_b" {
  provider                  = aws.a
  route_table_id            = var.a.route_table_id
  destination_cidr_block    = var.b.cidr_block
  vpc_peering_connection_id = aws_vpc_peering_connection.ab.id
}
resource "aws_route" "b_to_a" {
  provider                  = aws.b
  route_table_id            = var.b.route_table_id
  destination_cidr_block    = var.a.cidr_block
  vpc_peering_connection_id = aws_vpc_peering_connection.ab.id
}
