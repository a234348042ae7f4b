# A security group for the replicas.

variable "name" { type = string }
variable "vpc_id" { type = string }

resource "aws_security_group" "this" {
  name   = var.name
  vpc_id = var.vpc_id
}

output "id" { value = aws_security_group.this.id }
