# Ingress rules whose CIDR blocks are an input declared sensitive.
variable "sg" {
  type = string
}

variable "cidrs" {
  type      = list(string)
  sensitive = true
}

resource "aws_security_group_rule" "ssh" {
  type              = "ingress"
  security_group_id = var.sg
  protocol          = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_blocks       = var.cidrs
}

resource "aws_vpc_security_group_ingress_rule" "mysql" {
  security_group_id = var.sg
  ip_protocol       = "tcp"
  from_port         = 3306
  to_port           = 3306
  cidr_ipv4         = var.cidrs[0]
}
