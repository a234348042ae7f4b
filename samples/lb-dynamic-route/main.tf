# lb-public-subnets on a route table that writes its routes with a
# `dynamic "route"` block over a local list, as VPC modules do. Plan JSON
# keeps no reference from a dynamic block, and plans the block's
# gateway_id as known after apply, so the plan alone cannot tell which
# gateway 0.0.0.0/0 goes to:
# - plan only, the load balancer is unknown;
# - with --tf-graph (tf-graph.dot, `terraform graph`), the table depends on
#   the VPC's internet gateway, which only a route names: it passes (it
#   was unknown).
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
  public_routes = [{ cidr = "0.0.0.0/0", gateway = aws_internet_gateway.this.id }]
}

resource "aws_vpc" "this" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_internet_gateway" "this" {
  vpc_id = aws_vpc.this.id
}

resource "aws_subnet" "public" {
  count             = 2
  vpc_id            = aws_vpc.this.id
  cidr_block        = cidrsubnet("10.0.0.0/16", 8, count.index)
  availability_zone = ["us-east-1a", "us-east-1b"][count.index]
}

resource "aws_route_table" "public" {
  vpc_id = aws_vpc.this.id
  dynamic "route" {
    for_each = local.public_routes
    content {
      cidr_block = route.value.cidr
      gateway_id = route.value.gateway
    }
  }
}

resource "aws_route_table_association" "public" {
  count          = 2
  subnet_id      = aws_subnet.public[count.index].id
  route_table_id = aws_route_table.public.id
}

resource "aws_lb" "web" {
  name    = "web"
  subnets = aws_subnet.public[*].id
}
