# lb-public-subnets on a Network Load Balancer whose subnets are written
# in a `dynamic "subnet_mapping"` block, one Elastic IP each, as
# alphagov/govwifi-terraform writes its frontend's. Plan JSON records
# neither the block nor a reference from it: the load balancer is
# undecided, and says that its subnets are in a dynamic block (it said
# "subnets is known only after apply", an argument it never sets). With
# the terraform graph (--tf-graph), the subnets it depends on are the ones
# it may be in, all public: it passes.
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

resource "aws_vpc" "main" {
  cidr_block = "10.102.0.0/16"
}

resource "aws_internet_gateway" "main" {
  vpc_id = aws_vpc.main.id
}

resource "aws_route" "internet" {
  route_table_id         = aws_vpc.main.main_route_table_id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.main.id
}

resource "aws_subnet" "public" {
  for_each          = toset(["eu-west-2a", "eu-west-2b"])
  vpc_id            = aws_vpc.main.id
  availability_zone = each.key
  cidr_block        = "10.102.${index(["eu-west-2a", "eu-west-2b"], each.key) + 1}.0/24"
}

resource "aws_eip" "lb" {
  for_each = toset(["eu-west-2a", "eu-west-2b"])
  domain   = "vpc"
}

resource "aws_lb" "main" {
  name               = "frontend"
  load_balancer_type = "network"

  dynamic "subnet_mapping" {
    for_each = aws_subnet.public
    content {
      subnet_id     = subnet_mapping.value.id
      allocation_id = aws_eip.lb[subnet_mapping.key].id
    }
  }
}
