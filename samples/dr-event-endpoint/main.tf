# dr-components-per-region on active-passive event processing joined only
# by an EventBridge global endpoint: a bus, a rule and a consumer function
# in each region, the endpoint failing over to us-west-2 on the primary's
# health check. The endpoint is failover routing between the two regions:
# the plan has a DR topology (it had none), dns passes, and us-west-2
# fails, holding no database (the orders table is in us-east-1 only).
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
  alias                       = "secondary"
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_iam_role" "replication" {
  name = "probe-eb-replication"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "events.amazonaws.com" } }]
  })
}

resource "aws_iam_role_policy" "replication" {
  role = aws_iam_role.replication.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "events:PutEvents", Resource = [aws_cloudwatch_event_bus.primary.arn, aws_cloudwatch_event_bus.secondary.arn] }]
  })
}

resource "aws_iam_role" "fn" {
  name = "probe-consumer"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

resource "aws_cloudwatch_event_bus" "primary" {
  name = "orders"
}

resource "aws_cloudwatch_event_bus" "secondary" {
  provider = aws.secondary
  name     = "orders"
}

resource "aws_dynamodb_table" "orders" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
}

resource "aws_lambda_function" "consumer_primary" {
  function_name = "orders-consumer"
  role          = aws_iam_role.fn.arn
  handler       = "index.handler"
  runtime       = "python3.12"
  filename      = "fn.zip"
  environment {
    variables = { TABLE = aws_dynamodb_table.orders.name }
  }
}

resource "aws_lambda_function" "consumer_secondary" {
  provider      = aws.secondary
  function_name = "orders-consumer"
  role          = aws_iam_role.fn.arn
  handler       = "index.handler"
  runtime       = "python3.12"
  filename      = "fn.zip"
  environment {
    variables = { TABLE = aws_dynamodb_table.orders.name }
  }
}

resource "aws_cloudwatch_event_rule" "primary" {
  name           = "orders"
  event_bus_name = aws_cloudwatch_event_bus.primary.name
  event_pattern  = jsonencode({ source = ["shop.orders"] })
}

resource "aws_cloudwatch_event_rule" "secondary" {
  provider       = aws.secondary
  name           = "orders"
  event_bus_name = aws_cloudwatch_event_bus.secondary.name
  event_pattern  = jsonencode({ source = ["shop.orders"] })
}

resource "aws_cloudwatch_event_target" "primary" {
  rule           = aws_cloudwatch_event_rule.primary.name
  event_bus_name = aws_cloudwatch_event_bus.primary.name
  arn            = aws_lambda_function.consumer_primary.arn
}

resource "aws_cloudwatch_event_target" "secondary" {
  provider       = aws.secondary
  rule           = aws_cloudwatch_event_rule.secondary.name
  event_bus_name = aws_cloudwatch_event_bus.secondary.name
  arn            = aws_lambda_function.consumer_secondary.arn
}

resource "aws_route53_health_check" "primary" {
  type                            = "CLOUDWATCH_METRIC"
  cloudwatch_alarm_name           = aws_cloudwatch_metric_alarm.primary_errors.alarm_name
  cloudwatch_alarm_region         = "us-east-1"
  insufficient_data_health_status = "LastKnownStatus"
}

resource "aws_cloudwatch_metric_alarm" "primary_errors" {
  alarm_name          = "orders-consumer-errors"
  namespace           = "AWS/Lambda"
  metric_name         = "Errors"
  dimensions          = { FunctionName = aws_lambda_function.consumer_primary.function_name }
  statistic           = "Sum"
  period              = 60
  evaluation_periods  = 3
  threshold           = 5
  comparison_operator = "GreaterThanThreshold"
  alarm_actions       = ["arn:aws:sns:us-east-1:111122223333:oncall"]
}

resource "aws_cloudwatch_event_endpoint" "global" {
  name     = "orders-global"
  role_arn = aws_iam_role.replication.arn

  event_bus {
    event_bus_arn = aws_cloudwatch_event_bus.primary.arn
  }
  event_bus {
    event_bus_arn = aws_cloudwatch_event_bus.secondary.arn
  }

  replication_config {
    state = "ENABLED"
  }

  routing_config {
    failover_config {
      primary {
        health_check = aws_route53_health_check.primary.arn
      }
      secondary {
        route = "us-west-2"
      }
    }
  }
}
