locals { # offline: data "aws_availability_zones" "available" {} (default provider, eu-west-1) made the zones it returns
  offline_availability_zones = ["eu-west-1a", "eu-west-1b", "eu-west-1c"]
  # offline: data "aws_subnet" "private" { count = 3, vpc_id = local.account.vpc_id (vpc-6809cc0f for production),
  # availability_zone = data.aws_availability_zones.available.names[count.index], filter tag:Name in ["application-*", "private-*"] }
  # made into made-up ids of one subnet per zone, in that order (the subnets are the account stack's; this stack only looks them up)
  offline_private_subnet_ids = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002", "subnet-0a1b2c3d4e5f60003"]
}










data "aws_region" "region" {}
