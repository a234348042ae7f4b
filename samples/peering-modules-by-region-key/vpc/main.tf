# One VPC and its route table, for samples/peering-modules-by-region-key.
variable "cidr" {
  type = string
}

resource "aws_vpc" "this" {
  cidr_block = var.cidr
}

resource "aws_route_table" "this" {
  vpc_id = aws_vpc.this.id
}

output "vpc" {
  value = { id = aws_vpc.this.id, cidr_block = aws_vpc.this.cidr_block }
}

output "route_table_id" {
  value = aws_route_table.this.id
}
