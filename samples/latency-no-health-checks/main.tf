# dr-components-per-region over an active-active serverless API: a Lambda,
# an HTTP API and a regional custom domain in us-east-1 and us-west-2,
# behind latency records with no health check. Before, records without a
# check joined no regions, so the query skipped ("no DR topology") and the
# missing checks were never judged; with checks added, all passed. Now the
# latency set joins both regions, and dns fails: Route 53 keeps answering
# with a region that has failed.
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
resource "aws_iam_role" "fn" {
  name               = "fn"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }] })
}
resource "aws_lambda_function" "east" {
  function_name = "api-east"
  role          = aws_iam_role.fn.arn
  handler       = "index.handler"
  runtime       = "python3.12"
  filename      = "fn.zip"
}
resource "aws_lambda_function" "west" {
  provider      = aws.west
  function_name = "api-west"
  role          = aws_iam_role.fn.arn
  handler       = "index.handler"
  runtime       = "python3.12"
  filename      = "fn.zip"
}
resource "aws_cloudwatch_metric_alarm" "errors" {
  alarm_name          = "api-east-errors"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  metric_name         = "Errors"
  namespace           = "AWS/Lambda"
  period              = 60
  statistic           = "Sum"
  threshold           = 0
  alarm_actions       = ["arn:aws:sns:us-east-1:111122223333:oncall"]
}
resource "aws_apigatewayv2_api" "east" {
  name          = "api"
  protocol_type = "HTTP"
  target        = aws_lambda_function.east.arn
}
resource "aws_apigatewayv2_api" "west" {
  provider      = aws.west
  name          = "api"
  protocol_type = "HTTP"
  target        = aws_lambda_function.west.arn
}
resource "aws_apigatewayv2_domain_name" "east" {
  domain_name = "api.acme-corp.net"
  domain_name_configuration {
    certificate_arn = "arn:aws:acm:us-east-1:111122223333:certificate/11111111-2222-3333-4444-555555555555"
    endpoint_type   = "REGIONAL"
    security_policy = "TLS_1_2"
  }
}
resource "aws_apigatewayv2_domain_name" "west" {
  provider    = aws.west
  domain_name = "api.acme-corp.net"
  domain_name_configuration {
    certificate_arn = "arn:aws:acm:us-west-2:111122223333:certificate/66666666-7777-8888-9999-000000000000"
    endpoint_type   = "REGIONAL"
    security_policy = "TLS_1_2"
  }
}
resource "aws_apigatewayv2_api_mapping" "east" {
  api_id      = aws_apigatewayv2_api.east.id
  domain_name = aws_apigatewayv2_domain_name.east.id
  stage       = "$default"
}
resource "aws_apigatewayv2_api_mapping" "west" {
  provider    = aws.west
  api_id      = aws_apigatewayv2_api.west.id
  domain_name = aws_apigatewayv2_domain_name.west.id
  stage       = "$default"
}
# Latency records, no health checks: Route 53 keeps answering with a failed region.
resource "aws_route53_record" "lat_east" {
  zone_id        = "Z0123456789ABCDEFGHIJ"
  name           = "api.acme-corp.net"
  type           = "A"
  set_identifier = "us-east-1"
  latency_routing_policy {
    region = "us-east-1"
  }
  alias {
    name                   = aws_apigatewayv2_domain_name.east.domain_name_configuration[0].target_domain_name
    zone_id                = aws_apigatewayv2_domain_name.east.domain_name_configuration[0].hosted_zone_id
    evaluate_target_health = false
  }
}
resource "aws_route53_record" "lat_west" {
  zone_id        = "Z0123456789ABCDEFGHIJ"
  name           = "api.acme-corp.net"
  type           = "A"
  set_identifier = "us-west-2"
  latency_routing_policy {
    region = "us-west-2"
  }
  alias {
    name                   = aws_apigatewayv2_domain_name.west.domain_name_configuration[0].target_domain_name
    zone_id                = aws_apigatewayv2_domain_name.west.domain_name_configuration[0].hosted_zone_id
    evaluate_target_health = false
  }
}
