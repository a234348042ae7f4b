# same-region-references on VPC peering across regions. EC2 looks a
# request's peer VPC up in its peer_region, or in its own region when
# peer_region is unset (bav-o/Multi-Region-App-RDS-OpenVPN leaves it out):
# - aws_vpc_peering_connection.forgot asks for the eu-central-1 VPC with
#   no peer_region: the request fails, and its accepter, made in
#   eu-central-1, finds nothing to accept. Both fail.
# - aws_vpc_peering_connection.set names peer_region = "eu-central-1":
#   it and its accepter pass.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  region                      = "eu-west-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "peer"
  region                      = "eu-central-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_vpc" "west" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_vpc" "central" {
  provider   = aws.peer
  cidr_block = "10.2.0.0/16"
}

resource "aws_vpc" "central_b" {
  provider   = aws.peer
  cidr_block = "10.3.0.0/16"
}

resource "aws_vpc_peering_connection" "forgot" {
  vpc_id      = aws_vpc.west.id
  peer_vpc_id = aws_vpc.central.id
  auto_accept = false
}

resource "aws_vpc_peering_connection_accepter" "forgot" {
  provider                  = aws.peer
  vpc_peering_connection_id = aws_vpc_peering_connection.forgot.id
  auto_accept               = true
}

resource "aws_vpc_peering_connection" "set" {
  vpc_id      = aws_vpc.west.id
  peer_vpc_id = aws_vpc.central_b.id
  peer_region = "eu-central-1"
}

resource "aws_vpc_peering_connection_accepter" "set" {
  provider                  = aws.peer
  vpc_peering_connection_id = aws_vpc_peering_connection.set.id
  auto_accept               = true
}
