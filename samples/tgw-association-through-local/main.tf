# peering-routes-wired on transit gateway route tables associated with
# their VPC attachments the way aws-ia/network-hubandspoke associates
# spokes: through a local list indexed by count.index, which plan JSON does
# not evaluate. Which table each attachment uses is not in the plan, so
# those tables' routes to the far VPCs cannot be judged: each gateway has
# one unknown subject naming the attachments (there was none at all, not
# even a skip), and the VPC route tables stay judged. With the graph of
# `terraform graph -type=plan` (tf-graph-plan.dot), which resolves the
# local, the tables are known, and fail: they route nothing to the far
# VPCs.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}
provider "aws" {
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
provider "aws" {
  alias                       = "ie"
  region                      = "eu-west-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

# ---------------- us-west-2
resource "aws_ec2_transit_gateway" "or" {
  default_route_table_association = "disable"
  default_route_table_propagation = "disable"
}
resource "aws_vpc" "or" { cidr_block = "10.0.0.0/24" }
resource "aws_subnet" "or_workload" {
  vpc_id            = aws_vpc.or.id
  cidr_block        = "10.0.0.0/28"
  availability_zone = "us-west-2a"
}
resource "aws_subnet" "or_tgw" {
  vpc_id            = aws_vpc.or.id
  cidr_block        = "10.0.0.64/28"
  availability_zone = "us-west-2a"
}
resource "aws_route_table" "or_workload" { vpc_id = aws_vpc.or.id }
resource "aws_route_table" "or_tgw" { vpc_id = aws_vpc.or.id } # local route only
resource "aws_route_table_association" "or_workload" {
  subnet_id      = aws_subnet.or_workload.id
  route_table_id = aws_route_table.or_workload.id
}
resource "aws_route_table_association" "or_tgw" {
  subnet_id      = aws_subnet.or_tgw.id
  route_table_id = aws_route_table.or_tgw.id
}
resource "aws_route" "or_workload_default" {
  route_table_id         = aws_route_table.or_workload.id
  destination_cidr_block = "0.0.0.0/0"
  transit_gateway_id     = aws_ec2_transit_gateway.or.id
}
resource "aws_ec2_transit_gateway_vpc_attachment" "or" {
  transit_gateway_id                              = aws_ec2_transit_gateway.or.id
  vpc_id                                          = aws_vpc.or.id
  subnet_ids                                      = [aws_subnet.or_tgw.id]
  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false
}
resource "aws_instance" "or_app" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  subnet_id     = aws_subnet.or_workload.id
}

# ---------------- eu-west-1
resource "aws_ec2_transit_gateway" "ie" {
  provider                        = aws.ie
  default_route_table_association = "disable"
  default_route_table_propagation = "disable"
}
resource "aws_vpc" "ie" {
  provider   = aws.ie
  cidr_block = "10.1.0.0/24"
}
resource "aws_subnet" "ie_workload" {
  provider          = aws.ie
  vpc_id            = aws_vpc.ie.id
  cidr_block        = "10.1.0.0/28"
  availability_zone = "eu-west-1a"
}
resource "aws_subnet" "ie_tgw" {
  provider          = aws.ie
  vpc_id            = aws_vpc.ie.id
  cidr_block        = "10.1.0.64/28"
  availability_zone = "eu-west-1a"
}
resource "aws_route_table" "ie_workload" {
  provider = aws.ie
  vpc_id   = aws_vpc.ie.id
}
resource "aws_route_table" "ie_tgw" { # local route only
  provider = aws.ie
  vpc_id   = aws_vpc.ie.id
}
resource "aws_route_table_association" "ie_workload" {
  provider       = aws.ie
  subnet_id      = aws_subnet.ie_workload.id
  route_table_id = aws_route_table.ie_workload.id
}
resource "aws_route_table_association" "ie_tgw" {
  provider       = aws.ie
  subnet_id      = aws_subnet.ie_tgw.id
  route_table_id = aws_route_table.ie_tgw.id
}
resource "aws_route" "ie_workload_default" {
  provider               = aws.ie
  route_table_id         = aws_route_table.ie_workload.id
  destination_cidr_block = "0.0.0.0/0"
  transit_gateway_id     = aws_ec2_transit_gateway.ie.id
}
resource "aws_ec2_transit_gateway_vpc_attachment" "ie" {
  provider                                        = aws.ie
  transit_gateway_id                              = aws_ec2_transit_gateway.ie.id
  vpc_id                                          = aws_vpc.ie.id
  subnet_ids                                      = [aws_subnet.ie_tgw.id]
  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false
}
resource "aws_instance" "ie_app" {
  provider      = aws.ie
  ami           = "ami-0fedcba9876543210"
  instance_type = "t3.micro"
  subnet_id     = aws_subnet.ie_workload.id
}


resource "aws_ec2_transit_gateway_peering_attachment" "p" {
  peer_region             = "eu-west-1"
  peer_transit_gateway_id = aws_ec2_transit_gateway.ie.id
  transit_gateway_id      = aws_ec2_transit_gateway.or.id
}
resource "aws_ec2_transit_gateway_peering_attachment_accepter" "p" {
  provider                      = aws.ie
  transit_gateway_attachment_id = aws_ec2_transit_gateway_peering_attachment.p.id
}
resource "aws_ec2_transit_gateway_route_table" "or_spokes" { transit_gateway_id = aws_ec2_transit_gateway.or.id }
resource "aws_ec2_transit_gateway_route_table" "ie_spokes" {
  provider           = aws.ie
  transit_gateway_id = aws_ec2_transit_gateway.ie.id
}
# a second spoke per region (attachment-only VPC), so that the indexed
# local names two attachments
resource "aws_vpc" "or2" { cidr_block = "10.0.1.0/24" }
resource "aws_subnet" "or2_tgw" {
  vpc_id            = aws_vpc.or2.id
  cidr_block        = "10.0.1.64/28"
  availability_zone = "us-west-2a"
}
resource "aws_ec2_transit_gateway_vpc_attachment" "or2" {
  transit_gateway_id                              = aws_ec2_transit_gateway.or.id
  vpc_id                                          = aws_vpc.or2.id
  subnet_ids                                      = [aws_subnet.or2_tgw.id]
  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false
}
resource "aws_vpc" "ie2" {
  provider   = aws.ie
  cidr_block = "10.1.1.0/24"
}
resource "aws_subnet" "ie2_tgw" {
  provider          = aws.ie
  vpc_id            = aws_vpc.ie2.id
  cidr_block        = "10.1.1.64/28"
  availability_zone = "eu-west-1a"
}
resource "aws_ec2_transit_gateway_vpc_attachment" "ie2" {
  provider                                        = aws.ie
  transit_gateway_id                              = aws_ec2_transit_gateway.ie.id
  vpc_id                                          = aws_vpc.ie2.id
  subnet_ids                                      = [aws_subnet.ie2_tgw.id]
  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false
}
locals {
  or_spokes = [{ attachment = aws_ec2_transit_gateway_vpc_attachment.or.id }, { attachment = aws_ec2_transit_gateway_vpc_attachment.or2.id }]
  ie_spokes = [{ attachment = aws_ec2_transit_gateway_vpc_attachment.ie.id }, { attachment = aws_ec2_transit_gateway_vpc_attachment.ie2.id }]
}
resource "aws_ec2_transit_gateway_route_table_association" "or" {
  count                          = length(local.or_spokes)
  transit_gateway_attachment_id  = local.or_spokes[count.index].attachment
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.or_spokes.id
}
resource "aws_ec2_transit_gateway_route_table_association" "ie" {
  provider                       = aws.ie
  count                          = length(local.ie_spokes)
  transit_gateway_attachment_id  = local.ie_spokes[count.index].attachment
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.ie_spokes.id
}
# no aws_ec2_transit_gateway_route (nor prefix list reference) in either table
