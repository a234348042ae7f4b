# private-subnet-egress on subnets whose egress is a NAT instance (the NAT
# AMI, or fck-nat's instance and network interface): 0.0.0.0/0 goes to an
# instance or interface with source/destination checking off, in a public
# subnet. Three health-check functions, each in a private subnet of its own:
# - "via_instance" routes through the NAT instance's network interface (an
#   inline route block): it passes (it failed: "no NAT gateway");
# - "via_interface" routes through a standalone interface with checking
#   off (an aws_route): it passes (it failed);
# - "via_plain" routes through an instance that keeps source/destination
#   checking on, which drops the traffic it forwards: it fails.
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

locals {
  private = { via_instance = "10.10.1.0/24", via_interface = "10.10.2.0/24", via_plain = "10.10.3.0/24" }
}

resource "aws_vpc" "this" {
  cidr_block = "10.10.0.0/16"
}

resource "aws_internet_gateway" "this" {
  vpc_id = aws_vpc.this.id
}

resource "aws_subnet" "public" {
  vpc_id            = aws_vpc.this.id
  cidr_block        = "10.10.0.0/24"
  availability_zone = "us-east-1a"
}

resource "aws_route_table" "public" {
  vpc_id = aws_vpc.this.id
  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.this.id
  }
}

resource "aws_route_table_association" "public" {
  subnet_id      = aws_subnet.public.id
  route_table_id = aws_route_table.public.id
}

resource "aws_instance" "nat" {
  ami                         = "ami-0123456789abcdef0"
  instance_type               = "t4g.nano"
  subnet_id                   = aws_subnet.public.id
  associate_public_ip_address = true
  source_dest_check           = false
}

resource "aws_network_interface" "nat" {
  subnet_id         = aws_subnet.public.id
  source_dest_check = false
}

resource "aws_instance" "plain" {
  ami                         = "ami-0123456789abcdef0"
  instance_type               = "t4g.nano"
  subnet_id                   = aws_subnet.public.id
  associate_public_ip_address = true
}

resource "aws_subnet" "private" {
  for_each          = local.private
  vpc_id            = aws_vpc.this.id
  cidr_block        = each.value
  availability_zone = "us-east-1a"
}

resource "aws_route_table" "via_instance" {
  vpc_id = aws_vpc.this.id
  route {
    cidr_block           = "0.0.0.0/0"
    network_interface_id = aws_instance.nat.primary_network_interface_id
  }
}

resource "aws_route_table" "via_interface" {
  vpc_id = aws_vpc.this.id
}

resource "aws_route" "via_interface" {
  route_table_id         = aws_route_table.via_interface.id
  destination_cidr_block = "0.0.0.0/0"
  network_interface_id   = aws_network_interface.nat.id
}

resource "aws_route_table" "via_plain" {
  vpc_id = aws_vpc.this.id
}

resource "aws_route" "via_plain" {
  route_table_id         = aws_route_table.via_plain.id
  destination_cidr_block = "0.0.0.0/0"
  network_interface_id   = aws_instance.plain.primary_network_interface_id
}

resource "aws_route_table_association" "via_instance" {
  subnet_id      = aws_subnet.private["via_instance"].id
  route_table_id = aws_route_table.via_instance.id
}

resource "aws_route_table_association" "via_interface" {
  subnet_id      = aws_subnet.private["via_interface"].id
  route_table_id = aws_route_table.via_interface.id
}

resource "aws_route_table_association" "via_plain" {
  subnet_id      = aws_subnet.private["via_plain"].id
  route_table_id = aws_route_table.via_plain.id
}

resource "aws_iam_role" "fn" {
  name               = "health-check"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }] })
}

resource "aws_lambda_function" "health_check" {
  for_each      = local.private
  function_name = "health-check-${each.key}"
  role          = aws_iam_role.fn.arn
  runtime       = "python3.12"
  handler       = "index.handler"
  s3_bucket     = "artifacts-example"
  s3_key        = "health-check.zip"
  vpc_config {
    subnet_ids         = [aws_subnet.private[each.key].id]
    security_group_ids = []
  }
}
