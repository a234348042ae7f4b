# A VPC with an internet gateway and three tiers (a counted module).

terraform {
  required_providers {
    aws = { source = "hashicorp/aws" }
  }
}

variable "name" { type = string }
variable "cidr" { type = string }

variable "tiers" {
  type    = list(string)
  default = ["web", "app", "data"]
}

resource "aws_vpc" "this" {
  cidr_block = var.cidr
  tags       = { Name = var.name }
}

resource "aws_internet_gateway" "this" {
  vpc_id = aws_vpc.this.id
}

module "tier" {
  source  = "../tier"
  count   = length(var.tiers)
  name    = "${var.name}-${var.tiers[count.index]}"
  vpc_id  = aws_vpc.this.id
  cidr    = cidrsubnet(var.cidr, 4, count.index)
  public  = count.index == 0
  igw_id  = aws_internet_gateway.this.id
}

output "vpc_id" { value = aws_vpc.this.id }
