locals { # offline: data "aws_subnets" "private" { filter vpc-id = [local.account.vpc_id], filter tag:Name = ["application-*", "private-*"] } (EC2 API) -> made-up ids
  offline_private_subnet_ids = ["subnet-0a1b2c3d4e5f60711", "subnet-0a1b2c3d4e5f60722", "subnet-0a1b2c3d4e5f60733"] # offline: the account's VPC subnets (not managed by this stack)
}












data "aws_region" "region" {}
