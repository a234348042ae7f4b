# no-open-ingress on rules whose CIDR blocks are read back from a data
# source the plan reads only at apply (AWS Control Tower Account Factory:
# 22 from data.aws_vpc.aft.cidr_block, the VPC's own range). Both are
# unknown, as the plan cannot tell the range; their messages said "opens
# port 22 to every address" and "to the internet", stating as fact what
# is undecided. They say the addresses are known only after apply.
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

resource "aws_vpc" "main" {
  cidr_block = "192.168.0.0/22"
}

resource "aws_subnet" "a" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "192.168.0.0/24"
}

# As AFT does: the VPC's CIDR read back through a data source (read at
# apply, since the VPC is new), and used as the only source of the rules.
data "aws_vpc" "main" {
  id = aws_vpc.main.id
}

resource "aws_security_group" "endpoints" {
  name   = "endpoints"
  vpc_id = aws_vpc.main.id
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = [data.aws_vpc.main.cidr_block]
  }
}

resource "aws_vpc_endpoint" "sts" {
  vpc_id             = aws_vpc.main.id
  service_name       = "com.amazonaws.us-east-1.sts"
  vpc_endpoint_type  = "Interface"
  subnet_ids         = [aws_subnet.a.id]
  security_group_ids = [aws_security_group.endpoints.id]
}

resource "aws_security_group" "unused" {
  name   = "unused"
  vpc_id = aws_vpc.main.id
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = [data.aws_vpc.main.cidr_block]
  }
}
