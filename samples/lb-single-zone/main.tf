# lb-public-subnets on load balancers whose subnets are all in one
# Availability Zone. AWS creates an Application Load Balancer only with
# subnets in two zones at least, so the region's load balancer is never
# made (KHard2Bme/aws-multi-region-website-with-terraform: the secondary
# region's ALB behind a CloudFront origin group, in one public subnet).
# - one_subnet: one public subnet: fails (it passed: the subnet is
#   routed to the internet gateway);
# - same_zone: two public subnets of one zone: fails;
# - two_zones: public subnets of two zones: passes;
# - nlb: a Network Load Balancer in one zone, which AWS allows: passes;
# - zone_later: a subnet whose zone is known only after apply: not judged
#   by its zone (passes by its route).
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

resource "aws_vpc" "main" {
  cidr_block = "10.1.0.0/16"
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

resource "aws_subnet" "a" {
  count             = 2
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.1.${count.index}.0/24"
  availability_zone = "us-west-2a"
}

resource "aws_subnet" "b" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.1.10.0/24"
  availability_zone = "us-west-2b"
}

resource "aws_subnet" "later" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.1.20.0/24"
}

resource "aws_route_table_association" "a" {
  count          = 2
  subnet_id      = aws_subnet.a[count.index].id
  route_table_id = aws_route_table.public.id
}

resource "aws_route_table_association" "b" {
  subnet_id      = aws_subnet.b.id
  route_table_id = aws_route_table.public.id
}

resource "aws_route_table_association" "later" {
  subnet_id      = aws_subnet.later.id
  route_table_id = aws_route_table.public.id
}

resource "aws_lb" "one_subnet" {
  name               = "one-subnet"
  load_balancer_type = "application"
  subnets            = [aws_subnet.a[0].id]
}

resource "aws_lb" "same_zone" {
  name               = "same-zone"
  load_balancer_type = "application"
  subnets            = aws_subnet.a[*].id
}

resource "aws_lb" "two_zones" {
  name               = "two-zones"
  load_balancer_type = "application"
  subnets            = [aws_subnet.a[0].id, aws_subnet.b.id]
}

resource "aws_lb" "nlb" {
  name               = "nlb"
  load_balancer_type = "network"
  subnets            = [aws_subnet.a[0].id]
}

resource "aws_lb" "zone_later" {
  name               = "zone-later"
  load_balancer_type = "application"
  subnets            = [aws_subnet.a[0].id, aws_subnet.later.id]
}
