# Instances keyed by a number's decimal form, named by a number index:
# `{ for i, c in list : i => c }` keys a for_each by "0", "1"..., and
# terraform converts the index of aws_subnet.public[0] (or of
# module.app_subnet[1]) to the key "0" ("1"). Each load balancer's subnets
# come back to the instances named, so lb-public-subnets decides all three:
# web (resource instances) and app (module instances) sit in subnets that
# route 0.0.0.0/0 to the internet gateway and pass; private_facing, which is
# internet-facing in the private subnets (no route out), fails.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  region                      = "eu-west-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

locals {
  public_cidrs  = ["10.0.0.0/24", "10.0.1.0/24"]
  private_cidrs = ["10.0.10.0/24", "10.0.11.0/24"]
  app_cidrs     = ["10.0.20.0/24", "10.0.21.0/24"]
  zones         = ["eu-west-1a", "eu-west-1b"]
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_internet_gateway" "main" {
  vpc_id = aws_vpc.main.id
}

resource "aws_route_table" "public" {
  vpc_id = aws_vpc.main.id
  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.main.id
  }
}

resource "aws_route_table" "private" {
  vpc_id = aws_vpc.main.id
}

resource "aws_subnet" "public" {
  for_each          = { for i, c in local.public_cidrs : i => c }
  vpc_id            = aws_vpc.main.id
  cidr_block        = each.value
  availability_zone = local.zones[each.key]
}

resource "aws_route_table_association" "public" {
  for_each       = aws_subnet.public
  subnet_id      = each.value.id
  route_table_id = aws_route_table.public.id
}

resource "aws_subnet" "private" {
  for_each          = { for i, c in local.private_cidrs : i => c }
  vpc_id            = aws_vpc.main.id
  cidr_block        = each.value
  availability_zone = local.zones[each.key]
}

resource "aws_route_table_association" "private" {
  for_each       = aws_subnet.private
  subnet_id      = each.value.id
  route_table_id = aws_route_table.private.id
}

module "app_subnet" {
  source         = "./modules/subnet"
  for_each       = { for i, c in local.app_cidrs : i => c }
  vpc_id         = aws_vpc.main.id
  cidr_block     = each.value
  zone           = local.zones[each.key]
  route_table_id = aws_route_table.public.id
}

resource "aws_lb" "web" {
  name               = "web"
  load_balancer_type = "application"
  subnets            = [aws_subnet.public[0].id, aws_subnet.public[1].id]
}

resource "aws_lb" "app" {
  name               = "app"
  load_balancer_type = "application"
  subnets            = [module.app_subnet[0].id, module.app_subnet[1].id]
}

resource "aws_lb" "private_facing" {
  name               = "private-facing"
  load_balancer_type = "application"
  subnets            = [aws_subnet.private[0].id, aws_subnet.private[1].id]
}
