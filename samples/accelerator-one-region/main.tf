# dr-components-per-region's dns subject on a plan whose Global
# Accelerator listener has an endpoint group in us-west-2 only: the
# us-east-1 load balancer gets no accelerator traffic, so nothing moves
# traffic between the DR regions, a true failure. The message names the
# listener and the DR region its endpoint groups miss, and asks for an
# endpoint group there, rather than saying the plan has no accelerator and
# telling the reviewer to add one.
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

resource "aws_lb" "east" {
  name               = "app-east"
  load_balancer_type = "application"
  subnets            = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
}

resource "aws_lb" "west" {
  provider           = aws.west
  name               = "app-west"
  load_balancer_type = "application"
  subnets            = ["subnet-0a1b2c3d4e5f60003", "subnet-0a1b2c3d4e5f60004"]
}

resource "aws_dynamodb_table" "orders" {
  name             = "orders"
  billing_mode     = "PAY_PER_REQUEST"
  hash_key         = "id"
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"

  attribute {
    name = "id"
    type = "S"
  }

  replica {
    region_name = "us-west-2"
  }
}

resource "aws_sns_topic" "oncall" {
  name = "oncall"
}

resource "aws_sns_topic_subscription" "oncall" {
  topic_arn = aws_sns_topic.oncall.arn
  protocol  = "email"
  endpoint  = "oncall@example.com"
}

resource "aws_cloudwatch_metric_alarm" "errors" {
  alarm_name          = "orders-errors"
  namespace           = "AWS/DynamoDB"
  metric_name         = "SystemErrors"
  dimensions          = { TableName = aws_dynamodb_table.orders.name }
  statistic           = "Sum"
  period              = 60
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  alarm_actions       = [aws_sns_topic.oncall.arn]
}

resource "aws_globalaccelerator_accelerator" "app" {
  name            = "app"
  ip_address_type = "IPV4"
  enabled         = true
}

resource "aws_globalaccelerator_listener" "https" {
  accelerator_arn = aws_globalaccelerator_accelerator.app.id
  protocol        = "TCP"

  port_range {
    from_port = 443
    to_port   = 443
  }
}

resource "aws_globalaccelerator_endpoint_group" "west" {
  listener_arn          = aws_globalaccelerator_listener.https.id
  endpoint_group_region = "us-west-2"

  endpoint_configuration {
    endpoint_id = aws_lb.west.arn
    weight      = 100
  }
}
