# A VPC with two private route tables, handed out as a list of ids.
variable "cidr" {
  type = string
}

resource "aws_vpc" "this" {
  cidr_block = var.cidr
}

resource "aws_route_table" "private" {
  count  = 2
  vpc_id = aws_vpc.this.id
}

output "vpc_id" {
  value = aws_vpc.this.id
}

output "cidr" {
  value = aws_vpc.this.cidr_block
}

output "private_route_table_ids" {
  value = aws_route_table.private[*].id
}
