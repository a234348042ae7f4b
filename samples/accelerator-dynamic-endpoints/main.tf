# dr-components-per-region on a Global Accelerator whose us-east-1
# endpoint group is written as terraform-aws-modules/global-accelerator
# writes it: endpoint_group_region = try(<input>, null), which leaves the
# region to the provider and so to apply, and a `dynamic
# "endpoint_configuration"` block, which leaves no reference to the load
# balancer in plan JSON. The group's endpoints must be in its region, and
# the terraform graph (--tf-graph) shows the one it depends on: with it,
# the group is in us-east-1 and dns passes; from the plan alone it stays
# undecided, as before.
# Plan it with scripts/regen-samples.

variable "groups" {
  default = {
    east = { weight = 100 }
  }
}

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

resource "aws_globalaccelerator_endpoint_group" "east" {
  listener_arn          = aws_globalaccelerator_listener.https.id
  endpoint_group_region = try(var.groups.east.region, null)

  dynamic "endpoint_configuration" {
    for_each = [{ id = aws_lb.east.arn, weight = var.groups.east.weight }]
    content {
      endpoint_id = endpoint_configuration.value.id
      weight      = endpoint_configuration.value.weight
    }
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
