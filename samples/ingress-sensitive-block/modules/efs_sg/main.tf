# A security group whose ingress block reads inputs declared sensitive.

variable "vpc_id" {
  type      = string
  sensitive = true
}

variable "security_groups" {
  type      = list(string)
  sensitive = true
}

resource "aws_security_group" "nfs" {
  name   = "nfs"
  vpc_id = var.vpc_id

  ingress {
    from_port       = 2049
    to_port         = 2049
    protocol        = "tcp"
    security_groups = var.security_groups
  }
}
