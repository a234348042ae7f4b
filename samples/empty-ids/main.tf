# An empty string is unset. Terraform plans every attribute an inline
# `route` block leaves out as "", and the connection, gateways and NAT
# gateway below are new, so their ids are known only after apply. A route
# to the internet gateway (vpc_peering_connection_id = "", nat_gateway_id
# = "") never goes through the peering connection or the NAT gateway, and
# a route to the NAT gateway (gateway_id = "") never goes to the internet
# gateway, whatever those ids turn out to be:
# - peering-routes-wired: aws_route_table.public passes (10.1.0.0/16
#   through the connection); aws_route_table.private (no peering route)
#   and aws_route_table.b (10.0.1.0/24 does not cover 10.0.0.0/16) fail;
# - lb-public-subnets: aws_lb.public passes; aws_lb.misplaced sits in the
#   private subnets, whose 0.0.0.0/0 goes to the NAT gateway: it fails;
# - private-subnet-egress: aws_lambda_function.private passes (NAT route);
#   aws_lambda_function.misplaced runs in the public subnets, which send
#   0.0.0.0/0 to the internet gateway: it fails.

resource "aws_vpc" "a" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc" "b" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_internet_gateway" "a" {
  vpc_id = aws_vpc.a.id
}

resource "aws_internet_gateway" "b" {
  vpc_id = aws_vpc.b.id
}

resource "aws_vpc_peering_connection" "ab" {
  vpc_id      = aws_vpc.a.id
  peer_vpc_id = aws_vpc.b.id
  auto_accept = true
}

resource "aws_subnet" "public" {
  count             = 2
  vpc_id            = aws_vpc.a.id
  availability_zone = ["us-east-1a", "us-east-1b"][count.index]
  cidr_block        = "10.0.${count.index}.0/24"
}

resource "aws_subnet" "private" {
  count             = 2
  vpc_id            = aws_vpc.a.id
  availability_zone = ["us-east-1a", "us-east-1b"][count.index]
  cidr_block        = "10.0.${count.index + 10}.0/24"
}

resource "aws_eip" "nat" {
  domain = "vpc"
}

resource "aws_nat_gateway" "a" {
  allocation_id = aws_eip.nat.id
  subnet_id     = aws_subnet.public[0].id
}

resource "aws_route_table" "public" {
  vpc_id = aws_vpc.a.id
  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.a.id
  }
  route {
    cidr_block                = "10.1.0.0/16"
    vpc_peering_connection_id = aws_vpc_peering_connection.ab.id
  }
}

resource "aws_route_table" "private" {
  vpc_id = aws_vpc.a.id
  route {
    cidr_block     = "0.0.0.0/0"
    nat_gateway_id = aws_nat_gateway.a.id
  }
}

resource "aws_route_table" "b" {
  vpc_id = aws_vpc.b.id
  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.b.id
  }
  route {
    cidr_block                = "10.0.1.0/24"
    vpc_peering_connection_id = aws_vpc_peering_connection.ab.id
  }
}

resource "aws_route_table_association" "public" {
  count          = 2
  subnet_id      = aws_subnet.public[count.index].id
  route_table_id = aws_route_table.public.id
}

resource "aws_route_table_association" "private" {
  count          = 2
  subnet_id      = aws_subnet.private[count.index].id
  route_table_id = aws_route_table.private.id
}

resource "aws_lb" "public" {
  name               = "public"
  load_balancer_type = "application"
  subnets            = aws_subnet.public[*].id
}

resource "aws_lb" "misplaced" {
  name               = "misplaced"
  load_balancer_type = "application"
  subnets            = aws_subnet.private[*].id
}

resource "aws_iam_role" "fn" {
  name               = "fn"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = { Service = "lambda.amazonaws.com" }, Action = "sts:AssumeRole" }] })
}

resource "aws_lambda_function" "private" {
  function_name = "private"
  role          = aws_iam_role.fn.arn
  runtime       = "python3.12"
  handler       = "fn.handler"
  filename      = "fn.zip"
  vpc_config {
    subnet_ids         = aws_subnet.private[*].id
    security_group_ids = []
  }
}

resource "aws_lambda_function" "misplaced" {
  function_name = "misplaced"
  role          = aws_iam_role.fn.arn
  runtime       = "python3.12"
  handler       = "fn.handler"
  filename      = "fn.zip"
  vpc_config {
    subnet_ids         = aws_subnet.public[*].id
    security_group_ids = []
  }
}
