# A network and a key per region, handed out as maps keyed by role.
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", configuration_aliases = [aws.dr] }
  }
}

resource "aws_vpc" "primary" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_vpc" "dr" {
  provider   = aws.dr
  cidr_block = "10.2.0.0/16"
}

resource "aws_subnet" "primary" {
  count             = 2
  vpc_id            = aws_vpc.primary.id
  cidr_block        = cidrsubnet("10.1.0.0/16", 8, count.index)
  availability_zone = ["us-east-1a", "us-east-1b"][count.index]
}

resource "aws_subnet" "dr" {
  provider          = aws.dr
  count             = 2
  vpc_id            = aws_vpc.dr.id
  cidr_block        = cidrsubnet("10.2.0.0/16", 8, count.index)
  availability_zone = ["us-west-2a", "us-west-2b"][count.index]
}

resource "aws_kms_key" "primary" {
  description = "primary"
}

resource "aws_kms_key" "dr" {
  provider    = aws.dr
  description = "dr"
}

output "subnets" {
  value = { primary = aws_subnet.primary[*].id, dr = aws_subnet.dr[*].id }
}

output "keys" {
  value = { primary = aws_kms_key.primary.arn, dr = aws_kms_key.dr.arn }
}

output "primary_subnets" {
  value = aws_subnet.primary[*].id
}
