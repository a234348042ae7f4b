# same-region-references on security groups' inline rules across an
# inter-region VPC peering. A rule may name a peer VPC's security group
# only across a peering in one region; across regions it must name the
# peer's CIDR. Plan JSON gives an inline block's references under the
# block's name (`ingress`), beside the VPC whose CIDR it reads:
# - aws_security_group.db_named (eu-west-1) names the us-east-1 group in
#   an inline ingress block: it cannot be created, and fails;
# - aws_security_group.db_cidr (eu-west-1) admits the us-east-1 VPC's
#   CIDR, read from that VPC: passes.
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
  alias                       = "dr"
  region                      = "eu-west-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_vpc" "app" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_vpc" "db" {
  provider   = aws.dr
  cidr_block = "10.2.0.0/16"
}

resource "aws_vpc_peering_connection" "app_db" {
  vpc_id      = aws_vpc.app.id
  peer_vpc_id = aws_vpc.db.id
  peer_region = "eu-west-1"
}

resource "aws_vpc_peering_connection_accepter" "app_db" {
  provider                  = aws.dr
  vpc_peering_connection_id = aws_vpc_peering_connection.app_db.id
  auto_accept               = true
}

resource "aws_security_group" "app" {
  name   = "app"
  vpc_id = aws_vpc.app.id
}

resource "aws_security_group" "db_named" {
  provider = aws.dr
  name     = "db-named"
  vpc_id   = aws_vpc.db.id

  ingress {
    from_port       = 5432
    to_port         = 5432
    protocol        = "tcp"
    security_groups = [aws_security_group.app.id]
  }
}

resource "aws_security_group" "db_cidr" {
  provider = aws.dr
  name     = "db-cidr"
  vpc_id   = aws_vpc.db.id

  ingress {
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = [aws_vpc.app.cidr_block]
  }
}
