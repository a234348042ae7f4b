# A VPC with public and private subnets. Everything takes its VPC through
# local.vpc_id, the idiom of terraform-aws-modules/vpc.

variable "name" { type = string }
variable "cidr" { type = string }

variable "secondary_cidr_blocks" {
  type    = list(string)
  default = []
}

locals {
  azs    = ["eu-west-1a", "eu-west-1b"]
  vpc_id = try(aws_vpc_ipv4_cidr_block_association.this[0].vpc_id, aws_vpc.this[0].id, "")
}

resource "aws_vpc" "this" {
  count      = 1
  cidr_block = var.cidr
  tags       = { Name = var.name }
}

resource "aws_vpc_ipv4_cidr_block_association" "this" {
  count      = length(var.secondary_cidr_blocks)
  vpc_id     = aws_vpc.this[0].id
  cidr_block = var.secondary_cidr_blocks[count.index]
}

resource "aws_internet_gateway" "this" {
  vpc_id = local.vpc_id
}

resource "aws_subnet" "public" {
  count             = 2
  vpc_id            = local.vpc_id
  availability_zone = local.azs[count.index]
  cidr_block        = cidrsubnet(var.cidr, 8, count.index)
}

resource "aws_subnet" "private" {
  count             = 2
  vpc_id            = local.vpc_id
  availability_zone = local.azs[count.index]
  cidr_block        = cidrsubnet(var.cidr, 8, count.index + 10)
}

resource "aws_route_table" "public" {
  vpc_id = local.vpc_id
}

resource "aws_route" "public_internet_gateway" {
  route_table_id         = aws_route_table.public.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.this.id
}

resource "aws_route_table_association" "public" {
  count          = 2
  subnet_id      = aws_subnet.public[count.index].id
  route_table_id = aws_route_table.public.id
}

resource "aws_route_table" "private" {
  vpc_id = local.vpc_id
}

resource "aws_route_table_association" "private" {
  count          = 2
  subnet_id      = aws_subnet.private[count.index].id
  route_table_id = aws_route_table.private.id
}

output "public_subnets" { value = aws_subnet.public[*].id }
output "private_subnets" { value = aws_subnet.private[*].id }
output "vpc_id" { value = local.vpc_id }
