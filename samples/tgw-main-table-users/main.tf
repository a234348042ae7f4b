# peering-routes-wired under a transit gateway peering, on subnets left
# on their VPC's main route table (no aws_route_table_association). Subnet
# a2 holds the syslog server the other region sends to, and the main table
# of VPC a has only the local route: "aws_vpc.a main route table to
# aws_vpc.b" fails (it was no subject; a VPC peering connection's main
# tables already were). VPC b's attachment subnet, also on the main table,
# holds only the attachment's interfaces: no subject. The tables the
# subnets are associated with route 10.0.0.0/8 to the gateway, and pass.
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
  alias                       = "peer"
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_vpc" "a" { cidr_block = "10.1.0.0/16" }
resource "aws_subnet" "a1" {
  vpc_id     = aws_vpc.a.id
  cidr_block = "10.1.1.0/24"
}
resource "aws_subnet" "a2" {
  vpc_id     = aws_vpc.a.id
  cidr_block = "10.1.2.0/24"
}
# The syslog server the other region's hosts send to: in a2, which no
# route table association names.
resource "aws_instance" "syslog" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.small"
  subnet_id     = aws_subnet.a2.id
}
resource "aws_ec2_transit_gateway" "a" {}
resource "aws_ec2_transit_gateway_vpc_attachment" "a" {
  transit_gateway_id = aws_ec2_transit_gateway.a.id
  vpc_id             = aws_vpc.a.id
  subnet_ids         = [aws_subnet.a1.id]
}
resource "aws_route_table" "a" { vpc_id = aws_vpc.a.id }
resource "aws_route" "a_to_tgw" {
  route_table_id         = aws_route_table.a.id
  destination_cidr_block = "10.0.0.0/8"
  transit_gateway_id     = aws_ec2_transit_gateway.a.id
}
resource "aws_route_table_association" "a1" {
  subnet_id      = aws_subnet.a1.id
  route_table_id = aws_route_table.a.id
}

resource "aws_vpc" "b" {
  provider   = aws.peer
  cidr_block = "10.2.0.0/16"
}
resource "aws_subnet" "b1" {
  provider   = aws.peer
  vpc_id     = aws_vpc.b.id
  cidr_block = "10.2.1.0/24"
}
# The transit gateway attachment's own subnet, on the main route table:
# it holds only the attachment's interfaces.
resource "aws_subnet" "b_tgw" {
  provider   = aws.peer
  vpc_id     = aws_vpc.b.id
  cidr_block = "10.2.250.0/28"
}
resource "aws_ec2_transit_gateway" "b" { provider = aws.peer }
resource "aws_ec2_transit_gateway_vpc_attachment" "b" {
  provider           = aws.peer
  transit_gateway_id = aws_ec2_transit_gateway.b.id
  vpc_id             = aws_vpc.b.id
  subnet_ids         = [aws_subnet.b_tgw.id]
}
resource "aws_route_table" "b" {
  provider = aws.peer
  vpc_id   = aws_vpc.b.id
}
resource "aws_route" "b_to_tgw" {
  provider               = aws.peer
  route_table_id         = aws_route_table.b.id
  destination_cidr_block = "10.0.0.0/8"
  transit_gateway_id     = aws_ec2_transit_gateway.b.id
}
resource "aws_route_table_association" "b1" {
  provider       = aws.peer
  subnet_id      = aws_subnet.b1.id
  route_table_id = aws_route_table.b.id
}

resource "aws_ec2_transit_gateway_peering_attachment" "ab" {
  transit_gateway_id      = aws_ec2_transit_gateway.a.id
  peer_transit_gateway_id = aws_ec2_transit_gateway.b.id
  peer_region             = "us-west-2"
}
resource "aws_ec2_transit_gateway_peering_attachment_accepter" "ab" {
  provider                      = aws.peer
  transit_gateway_attachment_id = aws_ec2_transit_gateway_peering_attachment.ab.id
}
# static routes through the peering in each default TGW route table
resource "aws_ec2_transit_gateway_route" "a_to_b" {
  transit_gateway_route_table_id = aws_ec2_transit_gateway.a.association_default_route_table_id
  destination_cidr_block         = aws_vpc.b.cidr_block
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment.ab.id
}
resource "aws_ec2_transit_gateway_route" "b_to_a" {
  provider                       = aws.peer
  transit_gateway_route_table_id = aws_ec2_transit_gateway.b.association_default_route_table_id
  destination_cidr_block         = aws_vpc.a.cidr_block
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.ab.id
}
