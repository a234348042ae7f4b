# same-region-references on EventBridge targets and Lambda permissions
# (dansarpong/pilot-light-dr-project wires its failover rule so).
# EventBridge delivers to another region only through an event bus:
# - aws_cloudwatch_event_target.to_far_function, on a eu-west-1 rule,
#   targets a us-east-1 function: never invoked, fails;
# - to_near_function targets the eu-west-1 function: passes;
# - to_far_bus forwards to the us-east-1 bus with a role, the supported
#   cross-region route (eventbridge-cross-region-policy judges it), and
#   the us-east-1 rule on that bus targets the us-east-1 function:
#   both pass.
# - aws_lambda_permission.far_invoke, made with the eu-west-1 provider,
#   names the us-east-1 function: AWS adds the statement to a function of
#   eu-west-1, which does not exist, and it fails; near_invoke passes.
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
  alias                       = "eu"
  region                      = "eu-west-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_iam_role" "fn" {
  name = "failover-fn"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

resource "aws_iam_role" "forward" {
  name = "forward-events"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "events.amazonaws.com" } }]
  })
}

resource "aws_lambda_function" "us" {
  function_name = "failover-us"
  role          = aws_iam_role.fn.arn
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = "fn.zip"
}

resource "aws_lambda_function" "eu" {
  provider      = aws.eu
  function_name = "failover-eu"
  role          = aws_iam_role.fn.arn
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = "fn.zip"
}

resource "aws_cloudwatch_event_rule" "health_eu" {
  provider = aws.eu
  name     = "health-eu"
  event_pattern = jsonencode({
    source = ["aws.health"]
  })
}

resource "aws_cloudwatch_event_target" "to_far_function" {
  provider = aws.eu
  rule     = aws_cloudwatch_event_rule.health_eu.name
  arn      = aws_lambda_function.us.arn
}

resource "aws_cloudwatch_event_target" "to_near_function" {
  provider = aws.eu
  rule     = aws_cloudwatch_event_rule.health_eu.name
  arn      = aws_lambda_function.eu.arn
}

resource "aws_cloudwatch_event_bus" "us" {
  name = "failover"
}

resource "aws_cloudwatch_event_target" "to_far_bus" {
  provider = aws.eu
  rule     = aws_cloudwatch_event_rule.health_eu.name
  arn      = aws_cloudwatch_event_bus.us.arn
  role_arn = aws_iam_role.forward.arn
}

resource "aws_cloudwatch_event_rule" "failover_us" {
  name           = "failover-us"
  event_bus_name = aws_cloudwatch_event_bus.us.name
  event_pattern = jsonencode({
    source = ["aws.health"]
  })
}

resource "aws_cloudwatch_event_target" "bus_to_function" {
  rule           = aws_cloudwatch_event_rule.failover_us.name
  event_bus_name = aws_cloudwatch_event_bus.us.name
  arn            = aws_lambda_function.us.arn
}

resource "aws_lambda_permission" "far_invoke" {
  provider      = aws.eu
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.us.function_name
  principal     = "events.amazonaws.com"
  source_arn    = aws_cloudwatch_event_rule.health_eu.arn
}

resource "aws_lambda_permission" "near_invoke" {
  provider      = aws.eu
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.eu.function_name
  principal     = "events.amazonaws.com"
  source_arn    = aws_cloudwatch_event_rule.health_eu.arn
}
