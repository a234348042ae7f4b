# Makes a VPC unless the caller passes one, and reads it back.

variable "cidr" {
  type = string
}

variable "customer_vpc_id" {
  type    = string
  default = null
}

variable "peer_vpc_id" {
  type    = string
  default = null
}

variable "read_peer" {
  type    = bool
  default = false
}

resource "aws_vpc" "main" {
  count      = var.customer_vpc_id == null ? 1 : 0
  cidr_block = var.cidr
}

locals {
  vpc_id = try(aws_vpc.main[0].id, var.customer_vpc_id)
}

resource "aws_security_group" "app" {
  name   = "app"
  vpc_id = local.vpc_id
}

data "aws_vpc" "this" {
  id = local.vpc_id
}

data "aws_vpc" "peer" {
  count = var.read_peer ? 1 : 0
  id    = var.peer_vpc_id
}
