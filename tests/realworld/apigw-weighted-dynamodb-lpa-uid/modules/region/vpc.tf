resource "aws_security_group" "lambda" {
  name        = "lpa-uid-${local.environment_name}"
  vpc_id      = local.offline_vpc.id
  description = "LPA UID Lambda security group"

  lifecycle {
    create_before_destroy = true
  }
}
resource "aws_security_group_rule" "lambda_egress" {
  description       = "Allow any egress from lambda"
  type              = "egress"
  from_port         = 0
  to_port           = 0
  protocol          = "-1"
  cidr_blocks       = local.offline_dynamodb_cidr_blocks
  security_group_id = aws_security_group.lambda.id
}

resource "aws_security_group_rule" "lambda_egress_events" {
  description       = "Allow Lambda to reach EventBridge VPC endpoint"
  type              = "egress"
  from_port         = 443
  to_port           = 443
  protocol          = "tcp"
  cidr_blocks       = [local.offline_vpc.cidr_block]
  security_group_id = aws_security_group.lambda.id
}

# offline: data "aws_ip_ranges" "dynamodb" { regions = ["eu-west-1", "eu-west-2"], services = ["dynamodb"] }
# (an HTTPS download of ip-ranges.json at plan time) -> a few of the ranges it returns
locals {
  offline_dynamodb_cidr_blocks = ["52.94.5.0/24", "52.94.24.0/23", "52.119.240.0/21", "35.71.64.0/22"]
}
