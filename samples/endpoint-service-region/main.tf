# same-region-references and private-subnet-egress on interface endpoints
# copied from the primary region's stack into the DR region's VPC with the
# service name's region left as the primary's: in us-west-2,
# com.amazonaws.us-east-1.ssm is no service of the region, and with no
# service_region (cross-region PrivateLink) EC2 refuses the endpoint.
# - aws_vpc_endpoint.dr["ssm"] and ["logs"] fail (they passed);
# - the function in the DR VPC, which relies on them, fails
#   private-subnet-egress (it passed: an endpoint that cannot be created
#   serves nothing);
# - aws_vpc_endpoint.dr_kms names com.amazonaws.us-west-2.kms and passes;
#   aws_vpc_endpoint.cross sets service_region and is not judged by its
#   name.
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
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

variable "primary_region" {
  type    = string
  default = "us-east-1"
}

resource "aws_vpc" "primary" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc" "dr" {
  provider             = aws.dr
  cidr_block           = "10.1.0.0/16"
  enable_dns_support   = true
  enable_dns_hostnames = true
}

resource "aws_subnet" "dr" {
  provider          = aws.dr
  vpc_id            = aws_vpc.dr.id
  cidr_block        = "10.1.0.0/24"
  availability_zone = "us-west-2a"
}

resource "aws_security_group" "dr_endpoints" {
  provider = aws.dr
  vpc_id   = aws_vpc.dr.id
}

resource "aws_vpc_endpoint" "dr" {
  for_each            = toset(["ssm", "logs"])
  provider            = aws.dr
  vpc_id              = aws_vpc.dr.id
  service_name        = "com.amazonaws.${var.primary_region}.${each.key}"
  vpc_endpoint_type   = "Interface"
  private_dns_enabled = true
  subnet_ids          = [aws_subnet.dr.id]
  security_group_ids  = [aws_security_group.dr_endpoints.id]
}

resource "aws_vpc" "other" {
  provider             = aws.dr
  cidr_block           = "10.2.0.0/16"
  enable_dns_support   = true
  enable_dns_hostnames = true
}

resource "aws_subnet" "other" {
  provider          = aws.dr
  vpc_id            = aws_vpc.other.id
  cidr_block        = "10.2.0.0/24"
  availability_zone = "us-west-2a"
}

resource "aws_vpc_endpoint" "dr_kms" {
  provider            = aws.dr
  vpc_id              = aws_vpc.other.id
  service_name        = "com.amazonaws.us-west-2.kms"
  vpc_endpoint_type   = "Interface"
  private_dns_enabled = true
  subnet_ids          = [aws_subnet.other.id]
}

resource "aws_vpc_endpoint" "cross" {
  provider          = aws.dr
  vpc_id            = aws_vpc.other.id
  service_name      = "com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0"
  service_region    = "us-east-1"
  vpc_endpoint_type = "Interface"
  subnet_ids        = [aws_subnet.other.id]
}

resource "aws_iam_role" "fn" {
  name = "dr-worker"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

resource "aws_lambda_function" "dr_worker" {
  provider      = aws.dr
  function_name = "dr-worker"
  role          = aws_iam_role.fn.arn
  runtime       = "python3.12"
  handler       = "index.handler"
  s3_bucket     = "dr-artifacts-us-west-2"
  s3_key        = "worker.zip"

  vpc_config {
    subnet_ids         = [aws_subnet.dr.id]
    security_group_ids = [aws_security_group.dr_endpoints.id]
  }
}
