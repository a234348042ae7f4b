# Network queries (lb-public-subnets, private-subnet-egress,
# no-open-ingress, listener-certificate-valid) on the forms a plan takes:
# inline route and ingress blocks next to separate resources, count and
# for_each instances, literal ids of resources that already exist
# (terraform.tfstate holds the VPC and its internet gateway), values known
# only after apply (data sources deferred to apply), and a rule the plan
# deletes. Each resource's comment says what the queries should find.

resource "aws_vpc" "main" {
  provider   = aws.primary
  cidr_block = "10.30.0.0/16"
}

# Exists already (igw-0aa11bb22cc33dd44 in the state).
resource "aws_internet_gateway" "main" {
  provider = aws.primary
  vpc_id   = aws_vpc.main.id
}

resource "aws_subnet" "public" {
  for_each          = { a = "10.30.1.0/24", b = "10.30.2.0/24" }
  provider          = aws.primary
  vpc_id            = aws_vpc.main.id
  cidr_block        = each.value
  availability_zone = "us-east-1${each.key}"
}

resource "aws_subnet" "private" {
  count      = 2
  provider   = aws.primary
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.30.${10 + count.index}.0/24"
}

resource "aws_subnet" "isolated" {
  provider   = aws.primary
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.30.20.0/24"
}

resource "aws_eip" "nat" {
  provider = aws.primary
  domain   = "vpc"
}

resource "aws_nat_gateway" "main" {
  provider      = aws.primary
  allocation_id = aws_eip.nat.id
  subnet_id     = aws_subnet.public["a"].id
}

# Public: an inline route to the existing gateway, by its literal id.
resource "aws_route_table" "public" {
  provider = aws.primary
  vpc_id   = aws_vpc.main.id

  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = "igw-0aa11bb22cc33dd44"
  }
}

resource "aws_route_table_association" "public" {
  for_each       = aws_subnet.public
  provider       = aws.primary
  subnet_id      = each.value.id
  route_table_id = aws_route_table.public.id
}

# The VPC's main table sends 0.0.0.0/0 to the NAT gateway (an inline block
# whose target is known after apply): the private subnets, which have no
# association, use it.
resource "aws_default_route_table" "main" {
  provider               = aws.primary
  default_route_table_id = aws_vpc.main.default_route_table_id

  route {
    cidr_block     = "0.0.0.0/0"
    nat_gateway_id = aws_nat_gateway.main.id
  }
}

# The isolated subnet's table has no default route at all.
resource "aws_route_table" "isolated" {
  provider = aws.primary
  vpc_id   = aws_vpc.main.id
}

resource "aws_route_table_association" "isolated" {
  provider       = aws.primary
  subnet_id      = aws_subnet.isolated.id
  route_table_id = aws_route_table.isolated.id
}

# lb-public-subnets: passes (for_each public subnets, inline IGW route).
resource "aws_lb" "web" {
  provider           = aws.primary
  name               = "web"
  load_balancer_type = "application"
  subnets            = [for s in aws_subnet.public : s.id]
}

# lb-public-subnets: fails (internet-facing NLB in the private subnets,
# through subnet_mapping).
resource "aws_lb" "ingest" {
  provider           = aws.primary
  name               = "ingest"
  load_balancer_type = "network"
  internal           = false

  subnet_mapping {
    subnet_id = aws_subnet.private[0].id
  }

  subnet_mapping {
    subnet_id = aws_subnet.private[1].id
  }
}

# No subject: internal.
resource "aws_lb" "admin" {
  provider           = aws.primary
  name               = "admin"
  load_balancer_type = "application"
  internal           = true
  subnets            = aws_subnet.private[*].id
}

# lb-public-subnets: undecided (subnets looked up at apply).
data "aws_subnets" "shared" {
  provider = aws.primary
  filter {
    name   = "tag:Tier"
    values = ["public"]
  }
  depends_on = [aws_eip.nat]
}

resource "aws_lb" "shared" {
  provider           = aws.primary
  name               = "shared"
  load_balancer_type = "application"
  subnets            = data.aws_subnets.shared.ids
}

resource "aws_iam_role" "fn" {
  provider = aws.primary
  name     = "fn"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "lambda.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

# private-subnet-egress: passes (private subnets use the main table's NAT
# route).
resource "aws_lambda_function" "worker" {
  provider      = aws.primary
  function_name = "worker"
  role          = aws_iam_role.fn.arn
  runtime       = "python3.12"
  handler       = "w.handler"
  s3_bucket     = "acme-artifacts"
  s3_key        = "worker.zip"

  vpc_config {
    subnet_ids         = aws_subnet.private[*].id
    security_group_ids = [aws_security_group.web.id]
  }
}

# private-subnet-egress: fails (isolated subnet, no NAT route, no endpoint).
resource "aws_lambda_function" "stranded" {
  provider      = aws.primary
  function_name = "stranded"
  role          = aws_iam_role.fn.arn
  runtime       = "python3.12"
  handler       = "s.handler"
  s3_bucket     = "acme-artifacts"
  s3_key        = "stranded.zip"

  vpc_config {
    subnet_ids         = [aws_subnet.isolated.id]
    security_group_ids = [aws_security_group.web.id]
  }
}

# No subject: not in a VPC.
resource "aws_lambda_function" "plain" {
  provider      = aws.primary
  function_name = "plain"
  role          = aws_iam_role.fn.arn
  runtime       = "python3.12"
  handler       = "p.handler"
  s3_bucket     = "acme-artifacts"
  s3_key        = "plain.zip"
}
