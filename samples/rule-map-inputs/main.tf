# same-region-references with a security-group rule map passed to a module,
# as terraform-aws-modules' database modules take it (security_group_rules,
# each rule read with try(each.value.X, null)): the database in us-east-1
# admits its application's security group, and the private subnets of the
# us-west-2 disaster-recovery VPC by CIDR over the peering. Plan JSON holds
# neither the module input's value nor which rule names what, so each
# rule's attributes take every reference of the map. A subnet cannot give
# a source_security_group_id (its CIDR went to cidr_blocks), so no rule
# names a security group of us-west-2: every subject passes. (plangraph
# 0.1.0 before this sample failed both rules.)

resource "aws_vpc" "east" {
  provider   = aws.primary
  cidr_block = "10.10.0.0/16"
}

resource "aws_subnet" "east" {
  for_each          = { a = "10.10.1.0/24", b = "10.10.2.0/24" }
  provider          = aws.primary
  vpc_id            = aws_vpc.east.id
  cidr_block        = each.value
  availability_zone = "us-east-1${each.key}"
}

resource "aws_vpc" "west" {
  provider   = aws.secondary
  cidr_block = "10.20.0.0/16"
}

resource "aws_subnet" "west" {
  for_each          = { a = "10.20.1.0/24", b = "10.20.2.0/24" }
  provider          = aws.secondary
  vpc_id            = aws_vpc.west.id
  cidr_block        = each.value
  availability_zone = "us-west-2${each.key}"
}

resource "aws_security_group" "app" {
  provider = aws.primary
  name     = "app"
  vpc_id   = aws_vpc.east.id
}

module "db" {
  source    = "./modules/db"
  providers = { aws = aws.primary }

  vpc_id     = aws_vpc.east.id
  subnet_ids = [for s in aws_subnet.east : s.id]
  security_group_rules = {
    app = {
      source_security_group_id = aws_security_group.app.id
    }
    dr_subnets = {
      cidr_blocks = [for s in aws_subnet.west : s.cidr_block]
    }
  }
}
