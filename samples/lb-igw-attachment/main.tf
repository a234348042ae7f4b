# lb-public-subnets on an internet gateway attached with
# aws_internet_gateway_attachment (the gateway sets no vpc_id of its own).
# Two VPCs; the gateway is attached to "web":
# - the web load balancer's subnets route 0.0.0.0/0 to the gateway: it
#   passes (it failed: no internet gateway of their VPC);
# - the api load balancer sits in the other VPC, whose table routes
#   0.0.0.0/0 to that same gateway, attached elsewhere: it fails.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

locals {
  vpcs = { web = "10.1.0.0/16", api = "10.2.0.0/16" }
}

resource "aws_vpc" "this" {
  for_each   = local.vpcs
  cidr_block = each.value
}

resource "aws_internet_gateway" "this" {}

resource "aws_internet_gateway_attachment" "web" {
  vpc_id              = aws_vpc.this["web"].id
  internet_gateway_id = aws_internet_gateway.this.id
}

resource "aws_subnet" "web" {
  count             = 2
  vpc_id            = aws_vpc.this["web"].id
  cidr_block        = cidrsubnet(local.vpcs.web, 8, count.index)
  availability_zone = ["us-west-2a", "us-west-2b"][count.index]
}

resource "aws_subnet" "api" {
  count             = 2
  vpc_id            = aws_vpc.this["api"].id
  cidr_block        = cidrsubnet(local.vpcs.api, 8, count.index)
  availability_zone = ["us-west-2a", "us-west-2b"][count.index]
}

resource "aws_route_table" "web" {
  vpc_id = aws_vpc.this["web"].id
}

resource "aws_route_table" "api" {
  vpc_id = aws_vpc.this["api"].id
}

resource "aws_route" "web" {
  route_table_id         = aws_route_table.web.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.this.id
  depends_on             = [aws_internet_gateway_attachment.web]
}

resource "aws_route" "api" {
  route_table_id         = aws_route_table.api.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.this.id
}

resource "aws_route_table_association" "web" {
  count          = 2
  subnet_id      = aws_subnet.web[count.index].id
  route_table_id = aws_route_table.web.id
}

resource "aws_route_table_association" "api" {
  count          = 2
  subnet_id      = aws_subnet.api[count.index].id
  route_table_id = aws_route_table.api.id
}

resource "aws_lb" "web" {
  name               = "web"
  load_balancer_type = "application"
  subnets            = aws_subnet.web[*].id
}

resource "aws_lb" "api" {
  name               = "api"
  load_balancer_type = "application"
  subnets            = aws_subnet.api[*].id
}
