# A database's network: a security group with the rules the caller passes
# as a map, and a subnet group.
terraform {
  required_providers {
    aws = { source = "hashicorp/aws" }
  }
}

variable "vpc_id" {
  type = string
}

variable "subnet_ids" {
  type = list(string)
}

variable "security_group_rules" {
  type    = any
  default = {}
}

resource "aws_security_group" "this" {
  name   = "db"
  vpc_id = var.vpc_id
}

resource "aws_security_group_rule" "this" {
  for_each = var.security_group_rules

  type                     = "ingress"
  from_port                = 5432
  to_port                  = 5432
  protocol                 = "tcp"
  security_group_id        = aws_security_group.this.id
  cidr_blocks              = try(each.value.cidr_blocks, null)
  source_security_group_id = try(each.value.source_security_group_id, null)
}

resource "aws_db_subnet_group" "this" {
  name       = "db"
  subnet_ids = var.subnet_ids
}
