variable "vpc_id" {}
resource "aws_route_table" "rt" {
  vpc_id = var.vpc_id
}
