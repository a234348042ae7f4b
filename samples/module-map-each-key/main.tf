# same-region-references through `var.subnets[each.key]`: a module made
# in us-east-1 whose for_each instances index a map its call writes as a
# literal, one entry per region (gufranco/aws-multiregion-stack gives its
# data module every region's subnets so). Terraform lists the reference
# as var.subnets and each.key; the call's text says which entry each
# instance reads:
# - module.data.aws_db_subnet_group.plain["east"] takes the us-east-1
#   subnet: passes; ["west"] takes the us-west-2 one: fails;
# - module.data.aws_db_subnet_group.cond[...] read entries written as a
#   condition (`var.enabled ? [...] : []`, as gufranco's call writes each
#   region's entry): only one branch names subnets, so those are the
#   entry's; ["east"] passes and ["west"] fails the same way;
# - module.data.aws_db_subnet_group.either["east"] reads an entry whose two
#   branches name subnets of both regions: which it takes the plan does
#   not say, so it is unknown.
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
variable "enabled" {
  type    = bool
  default = true
}
resource "aws_vpc" "east" {
  cidr_block = "10.0.0.0/16"
}
resource "aws_vpc" "west" {
  provider   = aws.west
  cidr_block = "10.1.0.0/16"
}
resource "aws_subnet" "east" {
  vpc_id     = aws_vpc.east.id
  cidr_block = "10.0.1.0/24"
}
resource "aws_subnet" "west" {
  provider   = aws.west
  vpc_id     = aws_vpc.west.id
  cidr_block = "10.1.1.0/24"
}
module "data" {
  source = "./mod"
  subnets = {
    east = [aws_subnet.east.id]
    west = [aws_subnet.west.id]
  }
  subnets_either = {
    east = var.enabled ? [aws_subnet.east.id] : [aws_subnet.west.id]
  }
  subnets_cond = {
    east = var.enabled ? [aws_subnet.east.id] : []
    west = var.enabled ? [aws_subnet.west.id] : []
  }
}
