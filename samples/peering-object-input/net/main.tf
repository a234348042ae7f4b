variable "cidr" { type = string }
resource "aws_vpc" "this" { cidr_block = var.cidr }
resource "aws_route_table" "private" {
  count  = 2
  vpc_id = aws_vpc.this.id
}
locals {
  private_route_table_ids = aws_route_table.private[*].id
}
output "vpc_id" { value = aws_vpc.this.id }
output "cidr" { value = aws_vpc.this.cidr_block }
# as terraform-aws-modules/vpc v5 does: the output goes through a local
output "private_route_table_ids" { value = local.private_route_table_ids }
