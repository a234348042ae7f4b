# offline: data "aws_iam_role" "lambda_execution_role" (IAM at plan time,
# name = "GenericLambdaExecutionRole") and data "aws_route53_zone"
# "example_com" (Route 53 at plan time, name = "example.com") become
# literals: the role's ARN in a made-up account, and the same made-up zone id
# as the root's. data "aws_region" "current" (no API call) is upstream's.
locals {
  offline_lambda_execution_role_arn = "arn:aws:iam::123456789012:role/GenericLambdaExecutionRole"
  offline_example_com_zone_id       = "Z0123456789ABCDEFGHIJ"
}

data "aws_region" "current" {
  provider = aws.region
}
