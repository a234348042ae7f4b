# A spoke that makes a VPC of its own but places its shared subnet in the
# hub's VPC, which its call passes in (hub_vpc_id) and a local reads.
# Without the terraform graph that local could name either VPC, and
# plangraph says so: the subnet's VPC stays open.

variable "hub_vpc_id" { type = string }

locals {
  subnet_vpc_id = var.hub_vpc_id
}

resource "aws_vpc" "this" {
  cidr_block = "10.30.0.0/16"
}

resource "aws_subnet" "own" {
  vpc_id     = aws_vpc.this.id
  cidr_block = "10.30.1.0/24"
}

resource "aws_subnet" "shared" {
  vpc_id            = local.subnet_vpc_id
  availability_zone = "eu-west-1a"
  cidr_block        = "10.10.200.0/24"
}
