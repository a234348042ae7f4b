# A reference through a local whose value the plan knows: the function's
# vpc_config takes subnet_ids from local.app_subnet_ids, literal ids of
# subnets made elsewhere (ministryofjustice/opg-data-lpa-store writes its
# functions so). The block also holds vpc_id, which AWS computes, so the
# block is partly known after apply; subnet_ids itself is known, and says
# what it names: subnets outside the plan.
# - same-region-references: aws_lambda_function.api names its security
#   group, of its own region: it passes (the open local made it unknown);
# - private-subnet-egress: its subnets are outside the plan, so there is
#   nothing to judge and the query skips (it was unknown).

locals {
  app_subnet_ids = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
}

resource "aws_vpc" "main" {
  cidr_block = "10.50.0.0/16"
}

resource "aws_security_group" "fn" {
  name   = "fn"
  vpc_id = aws_vpc.main.id
}

resource "aws_iam_role" "fn" {
  name = "fn"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "lambda.amazonaws.com" }
    }]
  })
}

resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = aws_iam_role.fn.arn
  runtime       = "python3.12"
  handler       = "index.handler"
  s3_bucket     = "acme-artifacts"
  s3_key        = "api.zip"

  vpc_config {
    subnet_ids         = local.app_subnet_ids
    security_group_ids = [aws_security_group.fn.id]
  }
}

# The second region: alerts for the stack live in us-east-1.
resource "aws_sns_topic" "alerts" {
  provider = aws.use1
  name     = "alerts"
}
