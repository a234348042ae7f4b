# dr-components-per-region on a Global Accelerator whose endpoint groups
# list no endpoint (gufranco/aws-multiregion-stack left its load balancers
# to be "added by the region module", which never does). The groups, in
# us-east-1 and us-west-2, show the DR design's intent, and route nothing:
# `dns` fails and says the groups have no endpoints (it passed, taking
# them for failover).
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
  internal           = true
  load_balancer_type = "application"
  subnets            = ["subnet-0aaaaaaaaaaaaaaa1", "subnet-0aaaaaaaaaaaaaaa2"]
}

resource "aws_lb" "west" {
  provider           = aws.west
  name               = "app-west"
  internal           = true
  load_balancer_type = "application"
  subnets            = ["subnet-0bbbbbbbbbbbbbbb1", "subnet-0bbbbbbbbbbbbbbb2"]
}

resource "aws_lambda_function" "east" {
  function_name    = "app"
  role             = "arn:aws:iam::123456789012:role/fn"
  runtime          = "nodejs20.x"
  handler          = "index.handler"
  filename         = "placeholder.zip"
  source_code_hash = "cGxhY2Vob2xkZXI="
}

resource "aws_lambda_function" "west" {
  provider         = aws.west
  function_name    = "app"
  role             = "arn:aws:iam::123456789012:role/fn"
  runtime          = "nodejs20.x"
  handler          = "index.handler"
  filename         = "placeholder.zip"
  source_code_hash = "cGxhY2Vob2xkZXI="
}

resource "aws_globalaccelerator_accelerator" "main" {
  name            = "app"
  ip_address_type = "IPV4"
  enabled         = true
}

resource "aws_globalaccelerator_listener" "https" {
  accelerator_arn = aws_globalaccelerator_accelerator.main.id
  protocol        = "TCP"
  port_range {
    from_port = 443
    to_port   = 443
  }
}

# No endpoint_configuration: the groups route to nothing.
resource "aws_globalaccelerator_endpoint_group" "east" {
  listener_arn          = aws_globalaccelerator_listener.https.id
  endpoint_group_region = "us-east-1"
  health_check_protocol = "HTTPS"
  health_check_path     = "/health"
  health_check_port     = 443
}

resource "aws_globalaccelerator_endpoint_group" "west" {
  listener_arn          = aws_globalaccelerator_listener.https.id
  endpoint_group_region = "us-west-2"
  health_check_protocol = "HTTPS"
  health_check_path     = "/health"
  health_check_port     = 443
}

resource "aws_route53_record" "api" {
  zone_id = "Z1234567890ABC"
  name    = "api.app.internal-example.net"
  type    = "A"
  alias {
    name                   = aws_globalaccelerator_accelerator.main.dns_name
    zone_id                = aws_globalaccelerator_accelerator.main.hosted_zone_id
    evaluate_target_health = true
  }
}

resource "aws_sns_topic" "oncall" {
  name = "oncall"
}

resource "aws_sns_topic_subscription" "oncall" {
  topic_arn = aws_sns_topic.oncall.arn
  protocol  = "email"
  endpoint  = "oncall@internal-example.net"
}

resource "aws_cloudwatch_metric_alarm" "errors" {
  alarm_name          = "app-errors"
  namespace           = "AWS/Lambda"
  metric_name         = "Errors"
  statistic           = "Sum"
  period              = 60
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  alarm_actions       = [aws_sns_topic.oncall.arn]
}
