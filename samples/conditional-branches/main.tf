# A conditional between two blocks of one type: `subnets = var.lb_internal
# ? aws_subnet.private[*].id : aws_subnet.public[*].id` (as
# hashi-demo-lab's TFE prerequisites place their load balancer), and
# `kms_key_id = var.replica_in_west ? aws_kms_key.west.arn :
# aws_kms_key.east.arn`. Plan JSON gives such an expression as the list of
# its references, both branches alike. Before, both were taken as real: an
# internet-facing load balancer in the public branch failed
# lb-public-subnets for the private subnets, and a volume using the
# us-west-2 key failed kms-key-per-region for the us-east-1 one. The
# boolean input among the references tells a choice: the edges are
# ambiguous, and both subjects are unknown, saying so. A list that names
# two blocks with no condition (lb_mixed) still means both: it fails.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}
provider "aws" {
  region                      = "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
provider "aws" {
  alias                       = "west"
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}


variable "lb_internal" {
  type    = bool
  default = false
}
resource "aws_vpc" "v" { cidr_block = "10.0.0.0/16" }
resource "aws_internet_gateway" "igw" { vpc_id = aws_vpc.v.id }
resource "aws_subnet" "public" {
  count             = 2
  vpc_id            = aws_vpc.v.id
  cidr_block        = "10.0.${count.index}.0/24"
  availability_zone = "us-east-1${["a", "b"][count.index]}"
}
resource "aws_subnet" "private" {
  count             = 2
  vpc_id            = aws_vpc.v.id
  cidr_block        = "10.0.${count.index + 10}.0/24"
  availability_zone = "us-east-1${["a", "b"][count.index]}"
}
resource "aws_route_table" "public" {
  vpc_id = aws_vpc.v.id
  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.igw.id
  }
}
resource "aws_route_table_association" "public" {
  count          = 2
  subnet_id      = aws_subnet.public[count.index].id
  route_table_id = aws_route_table.public.id
}
# internal is false (known), so the subnets are the public ones
resource "aws_lb" "lb" {
  name               = "repro"
  internal           = var.lb_internal
  load_balancer_type = "network"
  subnets            = var.lb_internal ? aws_subnet.private[*].id : aws_subnet.public[*].id
}
# contrast: same LB written without the conditional
resource "aws_lb" "lb_direct" {
  name               = "repro-direct"
  internal           = false
  load_balancer_type = "network"
  subnets            = aws_subnet.public[*].id
}

# the same conditional shape on a key: var.replica_in_west is true (known), so the key is the us-west-2 one
variable "replica_in_west" {
  type    = bool
  default = true
}
resource "aws_kms_key" "east" {}
resource "aws_kms_key" "west" { provider = aws.west }
resource "aws_ebs_volume" "west" {
  provider          = aws.west
  availability_zone = "us-west-2a"
  size              = 10
  encrypted         = true
  kms_key_id        = var.replica_in_west ? aws_kms_key.west.arn : aws_kms_key.east.arn
}

# contrast: a list of a public and a private subnet, no condition: both
# are the load balancer's, and the private one fails it
resource "aws_lb" "lb_mixed" {
  name               = "repro-mixed"
  internal           = false
  load_balancer_type = "network"
  subnets            = [aws_subnet.public[0].id, aws_subnet.private[1].id]
}
