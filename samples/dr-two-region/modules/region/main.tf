# One region of the DR stack: network, encryption key, database member and
# load balancer. The caller chooses the region through `providers`.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws" }
  }
}

variable "name" { type = string }
variable "cidr_block" { type = string }
variable "global_cluster_id" { type = string }
variable "is_primary" { type = bool }

locals {
  # A resource reached only through a local, which plan JSON does not
  # describe; the module makes one VPC, so it is the one vpc_id names.
  vpc_id = aws_vpc.main.id
  tiers  = toset(["public", "private"])
}

resource "aws_vpc" "main" {
  cidr_block = var.cidr_block
  tags       = { Name = var.name }
}

resource "aws_subnet" "public" {
  count                   = 2
  vpc_id                  = aws_vpc.main.id
  cidr_block              = cidrsubnet(var.cidr_block, 8, count.index)
  map_public_ip_on_launch = true
}

resource "aws_subnet" "private" {
  count      = 2
  vpc_id     = local.vpc_id
  cidr_block = cidrsubnet(var.cidr_block, 8, count.index + 10)
}

resource "aws_internet_gateway" "main" {
  vpc_id = aws_vpc.main.id
}

resource "aws_route_table" "rt" {
  for_each = local.tiers
  vpc_id   = aws_vpc.main.id
  tags     = { Tier = each.key }
}

resource "aws_route" "public_default" {
  route_table_id         = aws_route_table.rt["public"].id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.main.id
}

resource "aws_route_table_association" "public" {
  count          = 2
  subnet_id      = aws_subnet.public[count.index].id
  route_table_id = aws_route_table.rt["public"].id
}

resource "aws_route_table_association" "private" {
  count          = 2
  subnet_id      = aws_subnet.private[count.index].id
  route_table_id = aws_route_table.rt["private"].id
}

module "kms" {
  source = "../kms"
  name   = var.name
}

resource "aws_db_subnet_group" "db" {
  name       = "${var.name}-db"
  subnet_ids = aws_subnet.private[*].id
}

resource "aws_rds_cluster" "member" {
  cluster_identifier        = "orders-${var.name}"
  engine                    = "aurora-postgresql"
  engine_version            = "15.4"
  global_cluster_identifier = var.global_cluster_id
  db_subnet_group_name      = aws_db_subnet_group.db.name
  storage_encrypted         = true
  kms_key_id                = module.kms.key_arn
  master_username           = var.is_primary ? "orders" : null
  manage_master_user_password = var.is_primary ? true : null
  skip_final_snapshot       = true
}

resource "aws_security_group" "alb" {
  name   = "${var.name}-alb"
  vpc_id = aws_vpc.main.id
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_lb" "app" {
  name               = "${var.name}-app"
  load_balancer_type = "application"
  subnets            = aws_subnet.public[*].id
  security_groups    = [aws_security_group.alb.id]
}

output "vpc_id" { value = aws_vpc.main.id }
output "cidr_block" { value = aws_vpc.main.cidr_block }
output "private_route_table_ids" {
  value = { private = aws_route_table.rt["private"].id }
}
