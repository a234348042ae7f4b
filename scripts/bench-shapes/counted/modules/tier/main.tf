# One tier: counted subnets, one route table per subnet, and a security
# group with counted ingress rules (the web tier's are open to the world).

terraform {
  required_providers {
    aws = { source = "hashicorp/aws" }
  }
}

variable "name" { type = string }
variable "vpc_id" { type = string }
variable "cidr" { type = string }
variable "public" { type = bool }
variable "igw_id" { type = string }

variable "ports" {
  type    = list(number)
  default = [22, 80, 443, 8080]
}

resource "aws_subnet" "this" {
  count                   = 3
  vpc_id                  = var.vpc_id
  cidr_block              = cidrsubnet(var.cidr, 4, count.index)
  map_public_ip_on_launch = var.public
  tags                    = { Name = "${var.name}-${count.index}" }
}

resource "aws_route_table" "this" {
  count  = 3
  vpc_id = var.vpc_id
  tags   = { Name = "${var.name}-${count.index}" }
}

resource "aws_route" "default" {
  count                  = var.public ? 3 : 0
  route_table_id         = aws_route_table.this[count.index].id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = var.igw_id
}

resource "aws_route_table_association" "this" {
  count          = 3
  subnet_id      = aws_subnet.this[count.index].id
  route_table_id = aws_route_table.this[count.index].id
}

resource "aws_security_group" "this" {
  name   = var.name
  vpc_id = var.vpc_id
}

resource "aws_security_group_rule" "ingress" {
  count             = length(var.ports)
  type              = "ingress"
  security_group_id = aws_security_group.this.id
  from_port         = var.ports[count.index]
  to_port           = var.ports[count.index]
  protocol          = "tcp"
  cidr_blocks       = [var.public ? "0.0.0.0/0" : var.cidr]
}
