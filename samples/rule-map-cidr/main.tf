# same-region-references with a security-group rule map given to a module
# whose rules read each attribute with try(each.value.X, null), as
# terraform-aws-modules/rds-aurora does: the us-west-2 database admits the
# us-east-1 VPC by its CIDR (cidr_blocks). Plan JSON gives each attribute
# the references of the whole map, so source_security_group_id got an
# edge to the us-east-1 VPC, and the rule failed: "names aws_vpc.east
# (us-east-1) as source_security_group_id". A security group attribute
# now counts only security groups among its targets (a subnet attribute
# only subnets, vpc_id only VPCs): the rule passes, as the same rule
# written directly does.
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
resource "aws_vpc" "east" {
  cidr_block = "10.0.0.0/16"
}
resource "aws_vpc" "west" {
  provider   = aws.west
  cidr_block = "10.1.0.0/16"
}
# the module writes rules like terraform-aws-modules/rds-aurora's security_group_rules
module "west_db_sg" {
  source    = "./mod"
  providers = { aws = aws.west }
  vpc_id    = aws_vpc.west.id
  rules = {
    from_east = { cidr_blocks = [aws_vpc.east.cidr_block] } # allow the peer region's VPC CIDR: a plain string
  }
}
# contrast: the same rule written directly
resource "aws_security_group" "direct" {
  provider = aws.west
  vpc_id   = aws_vpc.west.id
}
resource "aws_security_group_rule" "direct" {
  provider          = aws.west
  type              = "ingress"
  from_port         = 5432
  to_port           = 5432
  protocol          = "tcp"
  security_group_id = aws_security_group.direct.id
  cidr_blocks       = [aws_vpc.east.cidr_block]
}
