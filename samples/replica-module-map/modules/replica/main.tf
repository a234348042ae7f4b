# A read replica of the source it is handed.

variable "name" { type = string }
variable "source_db" { type = string }

resource "aws_db_instance" "this" {
  identifier          = var.name
  replicate_source_db = var.source_db
  instance_class      = "db.r6g.large"
  skip_final_snapshot = true
}
