# private-subnet-egress with central egress: a spoke VPC's private subnet
# sends 0.0.0.0/0 to a transit gateway, whose default route table sends it
# to the hub VPC's attachment, and the hub's NAT gateway takes it out, as
# landing zones build it (yandy-r/aws-demos). Before, the function
# `health` failed: only a NAT gateway in the subnet's own table counted.
# Now it passes. `orphan`, in a second spoke whose transit gateway has no
# 0.0.0.0/0 route, fails: the gateway drops what it cannot route (a
# default route is never propagated). `shared`, whose table names a
# transit gateway by a literal id (one shared from another account), is
# unknown: where that gateway sends the traffic the plan cannot show.
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
# hub (egress) VPC: public subnet with NAT, private subnet for the TGW attachment
resource "aws_vpc" "hub" { cidr_block = "10.0.0.0/16" }
resource "aws_internet_gateway" "hub" { vpc_id = aws_vpc.hub.id }
resource "aws_subnet" "hub_public" {
  vpc_id            = aws_vpc.hub.id
  cidr_block        = "10.0.0.0/24"
  availability_zone = "us-east-1a"
}
resource "aws_subnet" "hub_private" {
  vpc_id            = aws_vpc.hub.id
  cidr_block        = "10.0.1.0/24"
  availability_zone = "us-east-1a"
}
resource "aws_eip" "nat" { domain = "vpc" }
resource "aws_nat_gateway" "hub" {
  allocation_id = aws_eip.nat.id
  subnet_id     = aws_subnet.hub_public.id
}
resource "aws_route_table" "hub_public" {
  vpc_id = aws_vpc.hub.id
  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.hub.id
  }
  route {
    cidr_block         = "10.1.0.0/16"
    transit_gateway_id = aws_ec2_transit_gateway.tgw.id
  }
}
resource "aws_route_table_association" "hub_public" {
  subnet_id      = aws_subnet.hub_public.id
  route_table_id = aws_route_table.hub_public.id
}
resource "aws_route_table" "hub_private" {
  vpc_id = aws_vpc.hub.id
  route {
    cidr_block     = "0.0.0.0/0"
    nat_gateway_id = aws_nat_gateway.hub.id
  }
}
resource "aws_route_table_association" "hub_private" {
  subnet_id      = aws_subnet.hub_private.id
  route_table_id = aws_route_table.hub_private.id
}
# spoke VPC: private subnet, default route to the transit gateway (centralised egress)
resource "aws_vpc" "spoke" { cidr_block = "10.1.0.0/16" }
resource "aws_subnet" "spoke_private" {
  vpc_id            = aws_vpc.spoke.id
  cidr_block        = "10.1.1.0/24"
  availability_zone = "us-east-1a"
}
resource "aws_route_table" "spoke_private" {
  vpc_id = aws_vpc.spoke.id
  route {
    cidr_block         = "0.0.0.0/0"
    transit_gateway_id = aws_ec2_transit_gateway.tgw.id
  }
}
resource "aws_route_table_association" "spoke_private" {
  subnet_id      = aws_subnet.spoke_private.id
  route_table_id = aws_route_table.spoke_private.id
}
resource "aws_ec2_transit_gateway" "tgw" {}
resource "aws_ec2_transit_gateway_vpc_attachment" "hub" {
  transit_gateway_id = aws_ec2_transit_gateway.tgw.id
  vpc_id             = aws_vpc.hub.id
  subnet_ids         = [aws_subnet.hub_private.id]
}
resource "aws_ec2_transit_gateway_vpc_attachment" "spoke" {
  transit_gateway_id = aws_ec2_transit_gateway.tgw.id
  vpc_id             = aws_vpc.spoke.id
  subnet_ids         = [aws_subnet.spoke_private.id]
}
resource "aws_ec2_transit_gateway_route" "default_to_hub" {
  destination_cidr_block         = "0.0.0.0/0"
  transit_gateway_route_table_id = aws_ec2_transit_gateway.tgw.association_default_route_table_id
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.hub.id
}
resource "aws_security_group" "fn" { vpc_id = aws_vpc.spoke.id }
resource "aws_lambda_function" "health" {
  function_name = "health"
  role          = "arn:aws:iam::123456789012:role/fn"
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = "fn.zip"
  vpc_config {
    subnet_ids         = [aws_subnet.spoke_private.id]
    security_group_ids = [aws_security_group.fn.id]
  }
}

# A second spoke on a transit gateway with no default route.
resource "aws_vpc" "spoke2" { cidr_block = "10.2.0.0/16" }
resource "aws_subnet" "spoke2_private" {
  vpc_id            = aws_vpc.spoke2.id
  cidr_block        = "10.2.1.0/24"
  availability_zone = "us-east-1a"
}
resource "aws_ec2_transit_gateway" "tgw2" {}
resource "aws_ec2_transit_gateway_vpc_attachment" "spoke2" {
  transit_gateway_id = aws_ec2_transit_gateway.tgw2.id
  vpc_id             = aws_vpc.spoke2.id
  subnet_ids         = [aws_subnet.spoke2_private.id]
}
resource "aws_route_table" "spoke2_private" {
  vpc_id = aws_vpc.spoke2.id
}
resource "aws_route" "spoke2_default" {
  route_table_id         = aws_route_table.spoke2_private.id
  destination_cidr_block = "0.0.0.0/0"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw2.id
}
resource "aws_route_table_association" "spoke2_private" {
  subnet_id      = aws_subnet.spoke2_private.id
  route_table_id = aws_route_table.spoke2_private.id
}
resource "aws_security_group" "fn2" { vpc_id = aws_vpc.spoke2.id }
resource "aws_lambda_function" "orphan" {
  function_name = "orphan"
  role          = "arn:aws:iam::123456789012:role/fn"
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = "fn.zip"
  vpc_config {
    subnet_ids         = [aws_subnet.spoke2_private.id]
    security_group_ids = [aws_security_group.fn2.id]
  }
}

# A third spoke whose default route names a transit gateway by id.
resource "aws_vpc" "spoke3" { cidr_block = "10.3.0.0/16" }
resource "aws_subnet" "spoke3_private" {
  vpc_id            = aws_vpc.spoke3.id
  cidr_block        = "10.3.1.0/24"
  availability_zone = "us-east-1a"
}
resource "aws_route_table" "spoke3_private" {
  vpc_id = aws_vpc.spoke3.id
  route {
    cidr_block         = "0.0.0.0/0"
    transit_gateway_id = "tgw-0123456789abcdef0"
  }
}
resource "aws_route_table_association" "spoke3_private" {
  subnet_id      = aws_subnet.spoke3_private.id
  route_table_id = aws_route_table.spoke3_private.id
}
resource "aws_security_group" "fn3" { vpc_id = aws_vpc.spoke3.id }
resource "aws_lambda_function" "shared" {
  function_name = "shared"
  role          = "arn:aws:iam::123456789012:role/fn"
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = "fn.zip"
  vpc_config {
    subnet_ids         = [aws_subnet.spoke3_private.id]
    security_group_ids = [aws_security_group.fn3.id]
  }
}
