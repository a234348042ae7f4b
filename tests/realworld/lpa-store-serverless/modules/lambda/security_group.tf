resource "aws_security_group" "lambda" {
  name   = "${var.lambda_name}-${var.environment_name}"
  vpc_id = var.vpc_id
}

resource "aws_security_group_rule" "lambda_to_vpc_endpoint" {
  type                     = "egress"
  protocol                 = "tcp"
  from_port                = 443
  to_port                  = 443
  security_group_id        = aws_security_group.lambda.id
  source_security_group_id = local.offline_vpc_endpoints_sg_ids[data.aws_region.current.name]
}

# offline: data "aws_security_group" "vpc_endpoints_application" (vpc_id = var.vpc_id, name =
# "vpc-endpoint-access-application-subnets-<region>", the group terraform/account builds for its
# VPC endpoints; EC2 at plan time) -> a made-up id per region
locals {
  offline_vpc_endpoints_sg_ids = {
    "eu-west-1" = "sg-0e1a00000000e1001"
    "eu-west-2" = "sg-0e2a00000000e2001"
  }
}

resource "aws_security_group_rule" "lambda_to_vpc_gateways" {
  type              = "egress"
  protocol          = "tcp"
  from_port         = 443
  to_port           = 443
  security_group_id = aws_security_group.lambda.id
  prefix_list_ids   = [local.offline_prefix_lists[data.aws_region.current.name].dynamodb, local.offline_prefix_lists[data.aws_region.current.name].s3]
}

# offline: data "aws_prefix_list" "dynamodb" and "s3" (name = "com.amazonaws.<region>.dynamodb" / ".s3",
# EC2 at plan time) -> made-up ids of the pl- form (the AWS-managed lists of those names), one pair per region
locals {
  offline_prefix_lists = {
    "eu-west-1" = { dynamodb = "pl-6fa54006", s3 = "pl-6da54004" }
    "eu-west-2" = { dynamodb = "pl-b3a742da", s3 = "pl-7ca54015" }
  }
}
