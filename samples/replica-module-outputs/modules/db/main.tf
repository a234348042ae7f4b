# A primary PostgreSQL instance with its parameter group.

variable "name" { type = string }

resource "aws_db_parameter_group" "this" {
  name   = var.name
  family = "postgres16"
}

resource "aws_db_instance" "this" {
  identifier                  = var.name
  engine                      = "postgres"
  engine_version              = "16.3"
  instance_class              = "db.r6g.large"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  backup_retention_period     = 7
  parameter_group_name        = aws_db_parameter_group.this.name
  skip_final_snapshot         = true
}

output "arn" { value = aws_db_instance.this.arn }
output "parameter_group" { value = aws_db_parameter_group.this.name }
