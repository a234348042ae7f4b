# peering-routes-wired over a transit gateway peering (us-east-1 and
# us-west-2), where each VPC's public route table sends only 0.0.0.0/0 to
# its internet gateway: an aws_route in a, an inline route block in b.
# The internet gateway's id is known only after apply, and so is the
# transit gateway's, but the route refers to the internet gateway, so it
# never names the transit gateway: traffic from the public subnets to the
# peer VPC goes to the internet gateway, which drops it. Both public
# tables fail (they were unknown); the private tables, routed to the
# transit gateway, pass.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  alias                       = "a"
  region                      = "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "b"
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

# Region a: a private table routed to the transit gateway for the far VPC
# (passes), and a public table whose only route is an aws_route from
# 0.0.0.0/0 to the internet gateway (fails).
resource "aws_vpc" "a" {
  provider   = aws.a
  cidr_block = "10.0.0.0/16"
}
resource "aws_subnet" "a" {
  provider   = aws.a
  vpc_id     = aws_vpc.a.id
  cidr_block = "10.0.1.0/24"
}
resource "aws_internet_gateway" "a" {
  provider = aws.a
  vpc_id   = aws_vpc.a.id
}
resource "aws_ec2_transit_gateway" "a" {
  provider = aws.a
}
resource "aws_ec2_transit_gateway_vpc_attachment" "a" {
  provider           = aws.a
  transit_gateway_id = aws_ec2_transit_gateway.a.id
  vpc_id             = aws_vpc.a.id
  subnet_ids         = [aws_subnet.a.id]
}
resource "aws_route_table" "a_private" {
  provider = aws.a
  vpc_id   = aws_vpc.a.id
}
resource "aws_route" "a_private_to_b" {
  provider               = aws.a
  route_table_id         = aws_route_table.a_private.id
  destination_cidr_block = "10.1.0.0/16"
  transit_gateway_id     = aws_ec2_transit_gateway.a.id
}
resource "aws_route_table" "a_public" {
  provider = aws.a
  vpc_id   = aws_vpc.a.id
}
resource "aws_route" "a_public_igw" {
  provider               = aws.a
  route_table_id         = aws_route_table.a_public.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.a.id
}

# Region b: the same, the public table's route an inline block.
resource "aws_vpc" "b" {
  provider   = aws.b
  cidr_block = "10.1.0.0/16"
}
resource "aws_subnet" "b" {
  provider   = aws.b
  vpc_id     = aws_vpc.b.id
  cidr_block = "10.1.1.0/24"
}
resource "aws_ec2_transit_gateway" "b" {
  provider = aws.b
}
resource "aws_ec2_transit_gateway_vpc_attachment" "b" {
  provider           = aws.b
  transit_gateway_id = aws_ec2_transit_gateway.b.id
  vpc_id             = aws_vpc.b.id
  subnet_ids         = [aws_subnet.b.id]
}
resource "aws_route_table" "b_private" {
  provider = aws.b
  vpc_id   = aws_vpc.b.id
}
resource "aws_route" "b_private_to_a" {
  provider               = aws.b
  route_table_id         = aws_route_table.b_private.id
  destination_cidr_block = "10.0.0.0/16"
  transit_gateway_id     = aws_ec2_transit_gateway.b.id
}
resource "aws_internet_gateway" "b" {
  provider = aws.b
  vpc_id   = aws_vpc.b.id
}
resource "aws_route_table" "b_public" {
  provider = aws.b
  vpc_id   = aws_vpc.b.id
  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.b.id
  }
}

# The peering, with static routes both ways in the default route tables.
resource "aws_ec2_transit_gateway_peering_attachment" "ab" {
  provider                = aws.a
  transit_gateway_id      = aws_ec2_transit_gateway.a.id
  peer_transit_gateway_id = aws_ec2_transit_gateway.b.id
  peer_region             = "us-west-2"
}
resource "aws_ec2_transit_gateway_peering_attachment_accepter" "ab" {
  provider                      = aws.b
  transit_gateway_attachment_id = aws_ec2_transit_gateway_peering_attachment.ab.id
}
resource "aws_ec2_transit_gateway_route" "a_to_b" {
  provider                       = aws.a
  transit_gateway_route_table_id = aws_ec2_transit_gateway.a.association_default_route_table_id
  destination_cidr_block         = "10.1.0.0/16"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment.ab.id
}
resource "aws_ec2_transit_gateway_route" "b_to_a" {
  provider                       = aws.b
  transit_gateway_route_table_id = aws_ec2_transit_gateway.b.association_default_route_table_id
  destination_cidr_block         = "10.0.0.0/16"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment.ab.id
}
