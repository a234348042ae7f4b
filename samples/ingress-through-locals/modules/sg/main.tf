terraform {
  required_providers {
    aws = { source = "hashicorp/aws" }
  }
}

variable "name" { type = string }
variable "port" { type = number }
variable "create" {
  type    = bool
  default = true
}
variable "existing_id" {
  type    = string
  default = ""
}

resource "aws_security_group" "this" {
  count  = var.create ? 1 : 0
  name   = var.name
  vpc_id = "vpc-0a1b2c3d4e5f80001"
}

locals {
  this_sg_id = var.create ? aws_security_group.this[0].id : var.existing_id
}

resource "aws_security_group_rule" "ingress" {
  type              = "ingress"
  security_group_id = local.this_sg_id
  protocol          = "tcp"
  from_port         = var.port
  to_port           = var.port
  cidr_blocks       = ["0.0.0.0/0"]
}
