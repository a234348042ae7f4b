# private-subnet-egress on central egress through a transit gateway whose
# route tables segment the spokes. Each spoke's subnet sends 0.0.0.0/0 to
# the gateway; the gateway routes a VPC's traffic by the table associated
# with its attachment:
# - the spoke's attachment uses table "isolated", which has no 0.0.0.0/0
#   route: aws_lambda_function.isolated has no way out and fails (it passed:
#   another table, the hub's, had the route);
# - spoke_shared's attachment uses table "shared", which sends 0.0.0.0/0 to
#   the hub VPC with the NAT gateway: aws_lambda_function.shared passes;
# - spoke_detached has no attachment to the gateway at all:
#   aws_lambda_function.detached fails (it passed).
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  region                      = "eu-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_ec2_transit_gateway" "tgw" {
  default_route_table_association = "disable"
  default_route_table_propagation = "disable"
}

# ---- hub VPC with a public NAT gateway
resource "aws_vpc" "hub" { cidr_block = "10.0.0.0/16" }
resource "aws_internet_gateway" "hub" { vpc_id = aws_vpc.hub.id }
resource "aws_subnet" "hub_public" {
  vpc_id            = aws_vpc.hub.id
  cidr_block        = "10.0.0.0/24"
  availability_zone = "eu-west-2a"
}
resource "aws_subnet" "hub_tgw" {
  vpc_id            = aws_vpc.hub.id
  cidr_block        = "10.0.1.0/24"
  availability_zone = "eu-west-2a"
}
resource "aws_route_table" "hub_public" { vpc_id = aws_vpc.hub.id }
resource "aws_route" "hub_public_igw" {
  route_table_id         = aws_route_table.hub_public.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.hub.id
}
resource "aws_route" "hub_public_back" {
  route_table_id         = aws_route_table.hub_public.id
  destination_cidr_block = "10.1.0.0/16"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw.id
}
resource "aws_route_table_association" "hub_public" {
  subnet_id      = aws_subnet.hub_public.id
  route_table_id = aws_route_table.hub_public.id
}
resource "aws_eip" "nat" { domain = "vpc" }
resource "aws_nat_gateway" "hub" {
  allocation_id = aws_eip.nat.id
  subnet_id     = aws_subnet.hub_public.id
}
resource "aws_route_table" "hub_tgw" { vpc_id = aws_vpc.hub.id }
resource "aws_route" "hub_tgw_nat" {
  route_table_id         = aws_route_table.hub_tgw.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.hub.id
}
resource "aws_route_table_association" "hub_tgw" {
  subnet_id      = aws_subnet.hub_tgw.id
  route_table_id = aws_route_table.hub_tgw.id
}
resource "aws_ec2_transit_gateway_vpc_attachment" "hub" {
  transit_gateway_id                              = aws_ec2_transit_gateway.tgw.id
  vpc_id                                          = aws_vpc.hub.id
  subnet_ids                                      = [aws_subnet.hub_tgw.id]
  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false
}

# ---- spoke VPC with a VPC Lambda; 0.0.0.0/0 -> TGW
resource "aws_vpc" "spoke" { cidr_block = "10.1.0.0/16" }
resource "aws_subnet" "spoke_private" {
  vpc_id            = aws_vpc.spoke.id
  cidr_block        = "10.1.0.0/24"
  availability_zone = "eu-west-2a"
}
resource "aws_route_table" "spoke_private" { vpc_id = aws_vpc.spoke.id }
resource "aws_route" "spoke_default" {
  route_table_id         = aws_route_table.spoke_private.id
  destination_cidr_block = "0.0.0.0/0"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw.id
}
resource "aws_route_table_association" "spoke_private" {
  subnet_id      = aws_subnet.spoke_private.id
  route_table_id = aws_route_table.spoke_private.id
}
resource "aws_ec2_transit_gateway_vpc_attachment" "spoke" {
  transit_gateway_id                              = aws_ec2_transit_gateway.tgw.id
  vpc_id                                          = aws_vpc.spoke.id
  subnet_ids                                      = [aws_subnet.spoke_private.id]
  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false
}

# ---- TGW route tables
resource "aws_ec2_transit_gateway_route_table" "egress" { transit_gateway_id = aws_ec2_transit_gateway.tgw.id }
resource "aws_ec2_transit_gateway_route_table" "isolated" { transit_gateway_id = aws_ec2_transit_gateway.tgw.id }

# the hub's table: 0.0.0.0/0 to the hub
resource "aws_ec2_transit_gateway_route" "egress_default" {
  destination_cidr_block         = "0.0.0.0/0"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.hub.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.egress.id
}
resource "aws_ec2_transit_gateway_route_table_association" "hub" {
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.hub.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.egress.id
}
# the spoke's table: only the hub CIDR, no 0.0.0.0/0
resource "aws_ec2_transit_gateway_route" "isolated_hub" {
  destination_cidr_block         = "10.0.0.0/16"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.hub.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.isolated.id
}
resource "aws_ec2_transit_gateway_route_table_association" "spoke" {
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.spoke.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.isolated.id
}

resource "aws_iam_role" "fn" {
  name = "isolated-fn"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}
resource "aws_security_group" "fn" { vpc_id = aws_vpc.spoke.id }
resource "aws_lambda_function" "isolated" {
  function_name = "isolated-fn"
  role          = aws_iam_role.fn.arn
  runtime       = "python3.12"
  handler       = "index.handler"
  s3_bucket     = "fn-artifacts"
  s3_key        = "fn.zip"
  vpc_config {
    subnet_ids         = [aws_subnet.spoke_private.id]
    security_group_ids = [aws_security_group.fn.id]
  }
}

# ---- a spoke whose table sends 0.0.0.0/0 to the hub
resource "aws_vpc" "spoke_shared" { cidr_block = "10.2.0.0/16" }
resource "aws_subnet" "spoke_shared" {
  vpc_id            = aws_vpc.spoke_shared.id
  cidr_block        = "10.2.0.0/24"
  availability_zone = "eu-west-2a"
}
resource "aws_route_table" "spoke_shared" { vpc_id = aws_vpc.spoke_shared.id }
resource "aws_route" "spoke_shared_default" {
  route_table_id         = aws_route_table.spoke_shared.id
  destination_cidr_block = "0.0.0.0/0"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw.id
}
resource "aws_route_table_association" "spoke_shared" {
  subnet_id      = aws_subnet.spoke_shared.id
  route_table_id = aws_route_table.spoke_shared.id
}
resource "aws_ec2_transit_gateway_vpc_attachment" "spoke_shared" {
  transit_gateway_id                              = aws_ec2_transit_gateway.tgw.id
  vpc_id                                          = aws_vpc.spoke_shared.id
  subnet_ids                                      = [aws_subnet.spoke_shared.id]
  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false
}
resource "aws_ec2_transit_gateway_route_table" "shared" { transit_gateway_id = aws_ec2_transit_gateway.tgw.id }
resource "aws_ec2_transit_gateway_route" "shared_default" {
  destination_cidr_block         = "0.0.0.0/0"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.hub.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.shared.id
}
resource "aws_ec2_transit_gateway_route_table_association" "spoke_shared" {
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.spoke_shared.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.shared.id
}
resource "aws_security_group" "shared" { vpc_id = aws_vpc.spoke_shared.id }
resource "aws_lambda_function" "shared" {
  function_name = "shared-fn"
  role          = aws_iam_role.fn.arn
  runtime       = "python3.12"
  handler       = "index.handler"
  s3_bucket     = "fn-artifacts"
  s3_key        = "fn.zip"
  vpc_config {
    subnet_ids         = [aws_subnet.spoke_shared.id]
    security_group_ids = [aws_security_group.shared.id]
  }
}

# ---- a spoke with no attachment to the gateway
resource "aws_vpc" "spoke_detached" { cidr_block = "10.3.0.0/16" }
resource "aws_subnet" "spoke_detached" {
  vpc_id            = aws_vpc.spoke_detached.id
  cidr_block        = "10.3.0.0/24"
  availability_zone = "eu-west-2a"
}
resource "aws_route_table" "spoke_detached" { vpc_id = aws_vpc.spoke_detached.id }
resource "aws_route" "spoke_detached_default" {
  route_table_id         = aws_route_table.spoke_detached.id
  destination_cidr_block = "0.0.0.0/0"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw.id
}
resource "aws_route_table_association" "spoke_detached" {
  subnet_id      = aws_subnet.spoke_detached.id
  route_table_id = aws_route_table.spoke_detached.id
}
resource "aws_security_group" "detached" { vpc_id = aws_vpc.spoke_detached.id }
resource "aws_lambda_function" "detached" {
  function_name = "detached-fn"
  role          = aws_iam_role.fn.arn
  runtime       = "python3.12"
  handler       = "index.handler"
  s3_bucket     = "fn-artifacts"
  s3_key        = "fn.zip"
  vpc_config {
    subnet_ids         = [aws_subnet.spoke_detached.id]
    security_group_ids = [aws_security_group.detached.id]
  }
}
