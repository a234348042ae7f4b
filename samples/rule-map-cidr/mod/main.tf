variable "vpc_id" { type = string }
variable "rules" { type = any }
resource "aws_security_group" "this" {
  vpc_id = var.vpc_id
}
resource "aws_security_group_rule" "this" {
  for_each                 = var.rules
  type                     = try(each.value.type, "ingress")
  from_port                = try(each.value.from_port, 5432)
  to_port                  = try(each.value.to_port, 5432)
  protocol                 = "tcp"
  security_group_id        = aws_security_group.this.id
  cidr_blocks              = try(each.value.cidr_blocks, null)
  source_security_group_id = try(each.value.source_security_group_id, null)
}
