# Subnets with no route table association use their VPC's main route
# table, and an aws_route may add to that table through the VPC's own
# attributes, as nik2701k/VPC-peering-with-Terraform does:
# route_table_id = aws_vpc.web.default_route_table_id (or
# main_route_table_id). The plan manages no aws_default_route_table and
# no aws_main_route_table_association.
# - aws_lb.web, in web's unassociated subnets, whose main table sends
#   0.0.0.0/0 to the VPC's internet gateway: public, passes.
# - aws_lambda_function.worker, in app's unassociated subnet, whose main
#   table sends 0.0.0.0/0 to a NAT gateway: passes.
# - aws_lb.moved: its VPC's route on main_route_table_id goes to the
#   gateway, but an aws_main_route_table_association makes another table
#   (with no such route) main, so its subnets are private: fails.
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

# ---- web: the main table routes to the internet gateway ----

resource "aws_vpc" "web" {
  cidr_block = "10.10.0.0/16"
}

resource "aws_internet_gateway" "web" {
  vpc_id = aws_vpc.web.id
}

resource "aws_route" "web_default" {
  route_table_id         = aws_vpc.web.default_route_table_id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.web.id
}

resource "aws_subnet" "web_a" {
  vpc_id            = aws_vpc.web.id
  cidr_block        = "10.10.1.0/24"
  availability_zone = "us-east-1a"
}

resource "aws_subnet" "web_b" {
  vpc_id            = aws_vpc.web.id
  cidr_block        = "10.10.2.0/24"
  availability_zone = "us-east-1b"
}

resource "aws_lb" "web" {
  name               = "web"
  load_balancer_type = "application"
  subnets            = [aws_subnet.web_a.id, aws_subnet.web_b.id]
}

# ---- app: the main table routes to a NAT gateway ----

resource "aws_vpc" "app" {
  cidr_block = "10.20.0.0/16"
}

resource "aws_internet_gateway" "app" {
  vpc_id = aws_vpc.app.id
}

resource "aws_subnet" "app_public" {
  vpc_id     = aws_vpc.app.id
  cidr_block = "10.20.1.0/24"
}

resource "aws_route_table" "app_public" {
  vpc_id = aws_vpc.app.id
  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.app.id
  }
}

resource "aws_route_table_association" "app_public" {
  subnet_id      = aws_subnet.app_public.id
  route_table_id = aws_route_table.app_public.id
}

resource "aws_eip" "nat" {
  domain = "vpc"
}

resource "aws_nat_gateway" "app" {
  allocation_id = aws_eip.nat.id
  subnet_id     = aws_subnet.app_public.id
}

resource "aws_route" "app_default" {
  route_table_id         = aws_vpc.app.main_route_table_id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.app.id
}

resource "aws_subnet" "app_private" {
  vpc_id     = aws_vpc.app.id
  cidr_block = "10.20.2.0/24"
}

resource "aws_iam_role" "worker" {
  name = "worker"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

resource "aws_lambda_function" "worker" {
  function_name = "worker"
  role          = aws_iam_role.worker.arn
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = "worker.zip"

  vpc_config {
    subnet_ids         = [aws_subnet.app_private.id]
    security_group_ids = []
  }
}

# ---- moved: another table made main ----

resource "aws_vpc" "moved" {
  cidr_block = "10.30.0.0/16"
}

resource "aws_internet_gateway" "moved" {
  vpc_id = aws_vpc.moved.id
}

resource "aws_route" "moved_default" {
  route_table_id         = aws_vpc.moved.main_route_table_id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.moved.id
}

resource "aws_route_table" "moved_main" {
  vpc_id = aws_vpc.moved.id
}

resource "aws_main_route_table_association" "moved" {
  vpc_id         = aws_vpc.moved.id
  route_table_id = aws_route_table.moved_main.id
}

resource "aws_subnet" "moved_a" {
  vpc_id            = aws_vpc.moved.id
  cidr_block        = "10.30.1.0/24"
  availability_zone = "us-east-1a"
}

resource "aws_subnet" "moved_b" {
  vpc_id            = aws_vpc.moved.id
  cidr_block        = "10.30.2.0/24"
  availability_zone = "us-east-1b"
}

resource "aws_lb" "moved" {
  name               = "moved"
  load_balancer_type = "application"
  subnets            = [aws_subnet.moved_a.id, aws_subnet.moved_b.id]
}
