# private-subnet-egress through a module's dynamic vpc_config block, whose
# subnets come from inputs named for the block and the member
# (vpc_subnet_ids -> vpc_config.subnet_ids):
# - module.isolated runs in a subnet whose route table has no route out,
#   in a VPC with no endpoint: it fails;
# - module.egress runs in a subnet routed 0.0.0.0/0 to a NAT gateway:
#   it passes;
# - module.outside is in no VPC: no subject.

resource "aws_vpc" "main" {
  cidr_block = "10.40.0.0/16"
}

resource "aws_internet_gateway" "main" {
  vpc_id = aws_vpc.main.id
}

resource "aws_subnet" "public" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.40.0.0/24"
  availability_zone = "eu-west-1a"
}

resource "aws_route_table" "public" {
  vpc_id = aws_vpc.main.id
  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.main.id
  }
}

resource "aws_route_table_association" "public" {
  subnet_id      = aws_subnet.public.id
  route_table_id = aws_route_table.public.id
}

resource "aws_eip" "nat" {
  domain = "vpc"
}

resource "aws_nat_gateway" "main" {
  allocation_id = aws_eip.nat.id
  subnet_id     = aws_subnet.public.id
}

resource "aws_subnet" "egress" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.40.1.0/24"
  availability_zone = "eu-west-1a"
}

resource "aws_route_table" "egress" {
  vpc_id = aws_vpc.main.id
  route {
    cidr_block     = "0.0.0.0/0"
    nat_gateway_id = aws_nat_gateway.main.id
  }
}

resource "aws_route_table_association" "egress" {
  subnet_id      = aws_subnet.egress.id
  route_table_id = aws_route_table.egress.id
}

resource "aws_subnet" "isolated" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.40.2.0/24"
  availability_zone = "eu-west-1b"
}

resource "aws_route_table" "isolated" {
  vpc_id = aws_vpc.main.id
}

resource "aws_route_table_association" "isolated" {
  subnet_id      = aws_subnet.isolated.id
  route_table_id = aws_route_table.isolated.id
}

resource "aws_security_group" "fn" {
  name   = "fn"
  vpc_id = aws_vpc.main.id
}

resource "aws_iam_role" "fn" {
  name = "fn"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "lambda.amazonaws.com" }
    }]
  })
}

module "isolated" {
  source                 = "./modules/fn"
  name                   = "isolated"
  role_arn               = aws_iam_role.fn.arn
  vpc_subnet_ids         = [aws_subnet.isolated.id]
  vpc_security_group_ids = [aws_security_group.fn.id]
}

module "egress" {
  source                 = "./modules/fn"
  name                   = "egress"
  role_arn               = aws_iam_role.fn.arn
  vpc_subnet_ids         = [aws_subnet.egress.id]
  vpc_security_group_ids = [aws_security_group.fn.id]
}

module "outside" {
  source   = "./modules/fn"
  name     = "outside"
  role_arn = aws_iam_role.fn.arn
}
