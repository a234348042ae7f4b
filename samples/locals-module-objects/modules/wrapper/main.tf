# A module that only calls others, as terraform-aws-rds does: its own
# block holds no resource, the parameter group and the instance are made
# by its submodules, and the group's name reaches the instance through
# this module's local.

variable "name" { type = string }

variable "parameter_group_name" {
  type    = string
  default = null
}

variable "create_parameter_group" {
  type    = bool
  default = true
}

locals {
  parameter_group_name = var.create_parameter_group ? module.params.id : var.parameter_group_name
}

module "params" {
  source = "../params"
  name   = "${var.name}-pg16"
}

module "instance" {
  source               = "../instance"
  name                 = var.name
  parameter_group_name = local.parameter_group_name
}
