# private-subnet-egress on a private route table whose NAT route is
# written in a `dynamic "route"` block (gufranco/aws-multiregion-stack
# writes its tables so). Plan JSON keeps no reference from a dynamic
# block and plans the block's nat_gateway_id as known only after apply,
# so the plan alone cannot tell which NAT gateway 0.0.0.0/0 goes to: the
# function is undecided, saying so (it failed). The terraform graph
# (--tf-graph) shows the table depends on the VPC's NAT gateway, which
# only the route names: the function passes.
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

variable "enable_nat" {
  type    = bool
  default = true
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_internet_gateway" "main" {
  vpc_id = aws_vpc.main.id
}

resource "aws_subnet" "public" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.0.0/24"
  availability_zone = "us-east-1a"
}

resource "aws_subnet" "private" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.10.0/24"
  availability_zone = "us-east-1a"
}

resource "aws_route_table" "public" {
  vpc_id = aws_vpc.main.id
  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.main.id
  }
}

resource "aws_route_table_association" "public" {
  subnet_id      = aws_subnet.public.id
  route_table_id = aws_route_table.public.id
}

resource "aws_eip" "nat" {
  domain = "vpc"
}

resource "aws_nat_gateway" "main" {
  allocation_id = aws_eip.nat.id
  subnet_id     = aws_subnet.public.id
}

resource "aws_route_table" "private" {
  vpc_id = aws_vpc.main.id
  dynamic "route" {
    for_each = var.enable_nat ? [1] : []
    content {
      cidr_block     = "0.0.0.0/0"
      nat_gateway_id = aws_nat_gateway.main.id
    }
  }
}

resource "aws_route_table_association" "private" {
  subnet_id      = aws_subnet.private.id
  route_table_id = aws_route_table.private.id
}

resource "aws_security_group" "fn" {
  vpc_id = aws_vpc.main.id
}

resource "aws_lambda_function" "fn" {
  function_name    = "order-processor"
  role             = "arn:aws:iam::123456789012:role/fn"
  runtime          = "nodejs20.x"
  handler          = "index.handler"
  filename         = "placeholder.zip"
  source_code_hash = "cGxhY2Vob2xkZXI="
  vpc_config {
    subnet_ids         = [aws_subnet.private.id]
    security_group_ids = [aws_security_group.fn.id]
  }
}
