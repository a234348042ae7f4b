# One subnet and its route table association.

variable "vpc_id" { type = string }
variable "cidr_block" { type = string }
variable "zone" { type = string }
variable "route_table_id" { type = string }

resource "aws_subnet" "this" {
  vpc_id            = var.vpc_id
  cidr_block        = var.cidr_block
  availability_zone = var.zone
}

resource "aws_route_table_association" "this" {
  subnet_id      = aws_subnet.this.id
  route_table_id = var.route_table_id
}

output "id" { value = aws_subnet.this.id }
