# peering-routes-wired on a transit gateway peering routed subnet by
# subnet. TGW a (us-east-1) peers with TGW b (us-west-2). From a to b both
# layers route only b's second subnet, 10.1.16.0/20: the gateway's route
# table and the VPC's. The catalog asks for b's whole CIDR, so both a->b
# subjects fail, and their messages say what the routes reach (they said
# all traffic to the VPC was dropped). From b to a the whole 10.0.0.0/16
# is routed: those subjects pass.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  alias                       = "use1"
  region                      = "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "usw2"
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_vpc" "a" {
  provider   = aws.use1
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "a" {
  provider   = aws.use1
  vpc_id     = aws_vpc.a.id
  cidr_block = "10.0.0.0/20"
}

resource "aws_route_table" "a" {
  provider = aws.use1
  vpc_id   = aws_vpc.a.id
}

resource "aws_route_table_association" "a" {
  provider       = aws.use1
  subnet_id      = aws_subnet.a.id
  route_table_id = aws_route_table.a.id
}

resource "aws_vpc" "b" {
  provider   = aws.usw2
  cidr_block = "10.1.0.0/16"
}

resource "aws_subnet" "b" {
  provider   = aws.usw2
  count      = 2
  vpc_id     = aws_vpc.b.id
  cidr_block = cidrsubnet("10.1.0.0/16", 4, count.index)
}

resource "aws_route_table" "b" {
  provider = aws.usw2
  vpc_id   = aws_vpc.b.id
}

resource "aws_route_table_association" "b" {
  provider       = aws.usw2
  count          = 2
  subnet_id      = aws_subnet.b[count.index].id
  route_table_id = aws_route_table.b.id
}

resource "aws_ec2_transit_gateway" "a" {
  provider = aws.use1
}

resource "aws_ec2_transit_gateway" "b" {
  provider = aws.usw2
}

resource "aws_ec2_transit_gateway_vpc_attachment" "a" {
  provider           = aws.use1
  transit_gateway_id = aws_ec2_transit_gateway.a.id
  vpc_id             = aws_vpc.a.id
  subnet_ids         = [aws_subnet.a.id]
}

resource "aws_ec2_transit_gateway_vpc_attachment" "b" {
  provider           = aws.usw2
  transit_gateway_id = aws_ec2_transit_gateway.b.id
  vpc_id             = aws_vpc.b.id
  subnet_ids         = [aws_subnet.b[0].id]
}

resource "aws_ec2_transit_gateway_peering_attachment" "ab" {
  provider                = aws.use1
  transit_gateway_id      = aws_ec2_transit_gateway.a.id
  peer_transit_gateway_id = aws_ec2_transit_gateway.b.id
  peer_region             = "us-west-2"
}

resource "aws_ec2_transit_gateway_peering_attachment_accepter" "ab" {
  provider                      = aws.usw2
  transit_gateway_attachment_id = aws_ec2_transit_gateway_peering_attachment.ab.id
}

resource "aws_ec2_transit_gateway_route" "a_to_b" {
  provider                       = aws.use1
  transit_gateway_route_table_id = aws_ec2_transit_gateway.a.association_default_route_table_id
  destination_cidr_block         = "10.1.16.0/20"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment.ab.id
}

resource "aws_route" "a_to_b" {
  provider               = aws.use1
  route_table_id         = aws_route_table.a.id
  destination_cidr_block = "10.1.16.0/20"
  transit_gateway_id     = aws_ec2_transit_gateway.a.id
}

resource "aws_ec2_transit_gateway_route" "b_to_a" {
  provider                       = aws.usw2
  transit_gateway_route_table_id = aws_ec2_transit_gateway.b.association_default_route_table_id
  destination_cidr_block         = "10.0.0.0/16"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.ab.id
}

resource "aws_route" "b_to_a" {
  provider               = aws.usw2
  route_table_id         = aws_route_table.b.id
  destination_cidr_block = "10.0.0.0/16"
  transit_gateway_id     = aws_ec2_transit_gateway.b.id
}
