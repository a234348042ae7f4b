# allowed-regions with allowed_regions = eu-west-1, on providers that
# target other regions (aws-samples/aws-network-hub-for-terraform keeps
# its hub in eu-west-2 with IAM roles and Route 53 zones beside it):
# - eu-west-2 holds a VPC, an IAM role and a private hosted zone: fails,
#   naming the VPC, the one to move, and the global resources by count;
#   the finding's location is the VPC's block (it was the IAM role's,
#   and the message told the IAM role to move);
# - eu-central-1 holds only an IAM role: fails (its provider targets a
#   region the design does not allow), saying that only global resources
#   are there and the provider configuration is what to change.
# Check it with --param allowed_regions=eu-west-1.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  region                      = "eu-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "frankfurt"
  region                      = "eu-central-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_iam_role" "automation" {
  name = "automation"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }]
  })
}

resource "aws_route53_zone" "internal" {
  name = "network-dev.internal"
  vpc {
    vpc_id = aws_vpc.hub.id
  }
}

resource "aws_vpc" "hub" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_iam_role" "audit" {
  provider = aws.frankfurt
  name     = "audit"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }]
  })
}
