# A database that makes its own subnet group only when asked, and else
# uses the one it is handed, through locals (the shape of
# terraform-aws-rds-aurora's db_subnet_group_name).

variable "name" {
  type = string
}

variable "subnet_group" {
  type    = string
  default = null
}

variable "create_subnet_group" {
  type    = bool
  default = false
}

locals {
  internal_subnet_group = coalesce(var.subnet_group, var.name)
  subnet_group          = var.create_subnet_group ? aws_db_subnet_group.this[0].name : local.internal_subnet_group
}

resource "aws_db_subnet_group" "this" {
  count      = var.create_subnet_group ? 1 : 0
  name       = local.internal_subnet_group
  subnet_ids = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
}

resource "aws_db_instance" "this" {
  identifier                  = var.name
  engine                      = "postgres"
  engine_version              = "16.3"
  instance_class              = "db.r6g.large"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  skip_final_snapshot         = true
  db_subnet_group_name        = local.subnet_group
}
