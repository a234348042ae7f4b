# A database instance that takes its parameter group from its caller, as
# terraform-aws-rds's db_instance submodule.

variable "name" { type = string }
variable "parameter_group_name" { type = string }

resource "aws_db_instance" "this" {
  identifier                  = var.name
  engine                      = "postgres"
  engine_version              = "16.4"
  instance_class              = "db.r6g.large"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  skip_final_snapshot         = true
  parameter_group_name        = var.parameter_group_name
}
