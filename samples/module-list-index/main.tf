# same-region-references through a module handed per-region lists of
# subnets and security groups, of which each instance picks its region's
# by a literal index (`var.subnets[0][0]`). Plan JSON gives a module
# argument only as the references of the whole list, so from the plan
# alone each instance names a subnet of us-east-1 or of us-west-2, and
# the plan does not say which: both are unknown, saying so (before, with
# the regions known, both failed: each seemed to name the other region's
# subnet as well), and the edges tie no regions. The call's text beside
# the plan says which element is which: each instance names its own
# region's subnet, and both pass. The regions come from `var.regions[0]` and
# `var.regions[1]` (before: unknown). A subnet handed to one instance
# alone (`var.solo`) is decided: the us-west-2 instance's log subnet is
# us-east-1's, and it fails.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

variable "regions" {
  type    = list(string)
  default = ["us-east-1", "us-west-2"]
}

provider "aws" {
  alias                       = "r0"
  region                      = var.regions[0]
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "r1"
  region                      = var.regions[1]
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_vpc" "r0" {
  provider   = aws.r0
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc" "r1" {
  provider   = aws.r1
  cidr_block = "10.1.0.0/16"
}

resource "aws_subnet" "r0" {
  provider   = aws.r0
  vpc_id     = aws_vpc.r0.id
  cidr_block = "10.0.0.0/24"
}

resource "aws_subnet" "r1" {
  provider   = aws.r1
  vpc_id     = aws_vpc.r1.id
  cidr_block = "10.1.0.0/24"
}

module "pair" {
  source    = "./modules/pair"
  providers = { aws.r0 = aws.r0, aws.r1 = aws.r1 }
  subnets   = [[aws_subnet.r0.id], [aws_subnet.r1.id]]
  solo      = aws_subnet.r0.id
}
