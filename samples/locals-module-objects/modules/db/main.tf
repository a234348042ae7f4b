# A database module written as terraform-aws-modules/rds writes it: the
# parameter and option groups are made only when asked for, and the
# instance takes their names through locals, which plan JSON does not
# describe; its security groups too (its own, when it makes one, after
# the caller's).

variable "name" { type = string }

variable "create_parameter_group" {
  type    = bool
  default = false
}

variable "parameter_group_name" {
  type    = string
  default = null
}

variable "create_security_group" {
  type    = bool
  default = false
}

variable "security_group_ids" {
  type    = list(string)
  default = []
}

variable "create_option_group" {
  type    = bool
  default = false
}

locals {
  parameter_group_name = var.create_parameter_group ? aws_db_parameter_group.this[0].id : var.parameter_group_name
  option_group_name    = var.create_option_group ? aws_db_option_group.this[0].id : null
  security_group_ids   = var.create_security_group ? concat(var.security_group_ids, [aws_security_group.this[0].id]) : var.security_group_ids
}

resource "aws_security_group" "this" {
  count       = var.create_security_group ? 1 : 0
  name        = "${var.name}-db"
  description = "database clients"
}

resource "aws_db_parameter_group" "this" {
  count  = var.create_parameter_group ? 1 : 0
  name   = var.parameter_group_name
  family = "postgres16"
}

resource "aws_db_option_group" "this" {
  count                = var.create_option_group ? 1 : 0
  name                 = "${var.name}-options"
  engine_name          = "postgres"
  major_engine_version = "16"
}

resource "aws_db_instance" "this" {
  identifier                  = var.name
  engine                      = "postgres"
  engine_version              = "16.4"
  instance_class              = "db.r6g.large"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  skip_final_snapshot         = true
  parameter_group_name        = local.parameter_group_name
  option_group_name           = local.option_group_name
  vpc_security_group_ids      = local.security_group_ids
}
