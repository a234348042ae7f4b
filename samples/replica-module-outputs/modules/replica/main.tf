# A read replica of the source it is handed.

variable "name" { type = string }
variable "source_db" { type = string }
variable "security_group_ids" { type = list(string) }

resource "aws_db_instance" "this" {
  identifier             = var.name
  replicate_source_db    = var.source_db
  instance_class         = "db.r6g.large"
  vpc_security_group_ids = var.security_group_ids
  skip_final_snapshot    = true
}
