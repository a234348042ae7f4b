# A primary PostgreSQL instance.

variable "name" { type = string }

resource "aws_db_instance" "this" {
  identifier                  = var.name
  engine                      = "postgres"
  engine_version              = "16.3"
  instance_class              = "db.r6g.large"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  backup_retention_period     = 7
  skip_final_snapshot         = true
}

output "arn" { value = aws_db_instance.this.arn }
