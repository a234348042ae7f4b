variable "cidr" {}
resource "aws_vpc" "this" {
  cidr_block = var.cidr
}
module "b" {
  source = "./b"
  vpc_id = aws_vpc.this.id
}
