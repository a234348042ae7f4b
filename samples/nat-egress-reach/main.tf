# private-subnet-egress on egress that does not reach out.
# VPC net: each function's subnet routes 0.0.0.0/0 to a NAT gateway.
# - to_private_nat: the NAT gateway is private (connectivity_type =
#   "private"): it joins networks, and the internet gateway drops what it
#   sends. Fails.
# - to_stranded_nat: a public NAT gateway in a subnet whose table has no
#   route to the internet gateway: its traffic goes nowhere. Fails.
# - to_public_nat: a public NAT gateway in the public subnet. Passes.
# VPC edge, with no NAT gateway: an S3 gateway endpoint serves only the
# route tables it is attached to.
# - beside_endpoint: its table has the endpoint. Passes.
# - past_endpoint: the endpoint is attached to the public table only
#   (dansarpong/pilot-light-dr-project's vpc module). Fails.
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

resource "aws_iam_role" "fn" {
  name = "fn"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

# ---- net ----

resource "aws_vpc" "net" {
  cidr_block = "10.40.0.0/16"
}

resource "aws_internet_gateway" "net" {
  vpc_id = aws_vpc.net.id
}

resource "aws_route_table" "net_public" {
  vpc_id = aws_vpc.net.id
  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.net.id
  }
}

locals {
  net_subnets = {
    public   = "10.40.0.0/24"
    stranded = "10.40.1.0/24"
    a        = "10.40.2.0/24"
    b        = "10.40.3.0/24"
    c        = "10.40.4.0/24"
  }
}

resource "aws_subnet" "net" {
  for_each   = local.net_subnets
  vpc_id     = aws_vpc.net.id
  cidr_block = each.value
}

resource "aws_route_table_association" "net_public" {
  subnet_id      = aws_subnet.net["public"].id
  route_table_id = aws_route_table.net_public.id
}

resource "aws_eip" "public_nat" {
  domain = "vpc"
}

resource "aws_nat_gateway" "public" {
  allocation_id = aws_eip.public_nat.id
  subnet_id     = aws_subnet.net["public"].id
}

resource "aws_eip" "stranded_nat" {
  domain = "vpc"
}

resource "aws_nat_gateway" "stranded" {
  allocation_id = aws_eip.stranded_nat.id
  subnet_id     = aws_subnet.net["stranded"].id
}

resource "aws_nat_gateway" "private" {
  connectivity_type = "private"
  subnet_id         = aws_subnet.net["public"].id
}

resource "aws_route_table" "net_a" {
  vpc_id = aws_vpc.net.id
  route {
    cidr_block     = "0.0.0.0/0"
    nat_gateway_id = aws_nat_gateway.private.id
  }
}

resource "aws_route_table" "net_b" {
  vpc_id = aws_vpc.net.id
  route {
    cidr_block     = "0.0.0.0/0"
    nat_gateway_id = aws_nat_gateway.stranded.id
  }
}

resource "aws_route_table" "net_c" {
  vpc_id = aws_vpc.net.id
  route {
    cidr_block     = "0.0.0.0/0"
    nat_gateway_id = aws_nat_gateway.public.id
  }
}

resource "aws_route_table_association" "net_a" {
  subnet_id      = aws_subnet.net["a"].id
  route_table_id = aws_route_table.net_a.id
}

resource "aws_route_table_association" "net_b" {
  subnet_id      = aws_subnet.net["b"].id
  route_table_id = aws_route_table.net_b.id
}

resource "aws_route_table_association" "net_c" {
  subnet_id      = aws_subnet.net["c"].id
  route_table_id = aws_route_table.net_c.id
}

resource "aws_lambda_function" "to_private_nat" {
  function_name = "to-private-nat"
  role          = aws_iam_role.fn.arn
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = "fn.zip"
  vpc_config {
    subnet_ids         = [aws_subnet.net["a"].id]
    security_group_ids = []
  }
}

resource "aws_lambda_function" "to_stranded_nat" {
  function_name = "to-stranded-nat"
  role          = aws_iam_role.fn.arn
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = "fn.zip"
  vpc_config {
    subnet_ids         = [aws_subnet.net["b"].id]
    security_group_ids = []
  }
}

resource "aws_lambda_function" "to_public_nat" {
  function_name = "to-public-nat"
  role          = aws_iam_role.fn.arn
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = "fn.zip"
  vpc_config {
    subnet_ids         = [aws_subnet.net["c"].id]
    security_group_ids = []
  }
}

# ---- edge ----

resource "aws_vpc" "edge" {
  cidr_block = "10.50.0.0/16"
}

resource "aws_internet_gateway" "edge" {
  vpc_id = aws_vpc.edge.id
}

resource "aws_subnet" "edge_public" {
  vpc_id     = aws_vpc.edge.id
  cidr_block = "10.50.0.0/24"
}

resource "aws_subnet" "edge_with" {
  vpc_id     = aws_vpc.edge.id
  cidr_block = "10.50.1.0/24"
}

resource "aws_subnet" "edge_without" {
  vpc_id     = aws_vpc.edge.id
  cidr_block = "10.50.2.0/24"
}

resource "aws_route_table" "edge_public" {
  vpc_id = aws_vpc.edge.id
  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.edge.id
  }
}

resource "aws_route_table" "edge_with" {
  vpc_id = aws_vpc.edge.id
}

resource "aws_route_table" "edge_without" {
  vpc_id = aws_vpc.edge.id
}

resource "aws_route_table_association" "edge_public" {
  subnet_id      = aws_subnet.edge_public.id
  route_table_id = aws_route_table.edge_public.id
}

resource "aws_route_table_association" "edge_with" {
  subnet_id      = aws_subnet.edge_with.id
  route_table_id = aws_route_table.edge_with.id
}

resource "aws_route_table_association" "edge_without" {
  subnet_id      = aws_subnet.edge_without.id
  route_table_id = aws_route_table.edge_without.id
}

resource "aws_vpc_endpoint" "s3" {
  vpc_id            = aws_vpc.edge.id
  service_name      = "com.amazonaws.us-east-1.s3"
  vpc_endpoint_type = "Gateway"
  route_table_ids   = [aws_route_table.edge_public.id]
}

resource "aws_vpc_endpoint_route_table_association" "s3_with" {
  vpc_endpoint_id = aws_vpc_endpoint.s3.id
  route_table_id  = aws_route_table.edge_with.id
}

resource "aws_lambda_function" "beside_endpoint" {
  function_name = "beside-endpoint"
  role          = aws_iam_role.fn.arn
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = "fn.zip"
  vpc_config {
    subnet_ids         = [aws_subnet.edge_with.id]
    security_group_ids = []
  }
}

resource "aws_lambda_function" "past_endpoint" {
  function_name = "past-endpoint"
  role          = aws_iam_role.fn.arn
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = "fn.zip"
  vpc_config {
    subnet_ids         = [aws_subnet.edge_without.id]
    security_group_ids = []
  }
}
