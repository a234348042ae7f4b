# A parameter group, as terraform-aws-rds's db_parameter_group submodule.

variable "name" { type = string }

resource "aws_db_parameter_group" "this" {
  name   = var.name
  family = "postgres16"
}

output "id" { value = aws_db_parameter_group.this.id }
