# A Global Accelerator whose endpoint groups leave endpoint_group_region
# unset and are made with each region's provider, as active-active code
# often writes them, with endpoints from a `dynamic` block, whose
# references plan JSON drops: the AWS provider creates a group in its own
# region, so the plan, which shows endpoint_group_region as known only
# after apply, still tells the regions (us-east-1 and eu-west-1). The listener joins
# them: the plan has a DR topology, both regions hold a load balancer and
# compute, and dns passes.
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

resource "aws_lb" "us" {
  name               = "app-us"
  load_balancer_type = "network"
  subnets            = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
}

resource "aws_instance" "us" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.small"
}

resource "aws_globalaccelerator_endpoint_group" "us" {
  listener_arn = aws_globalaccelerator_listener.https.id
  dynamic "endpoint_configuration" {
    for_each = [aws_lb.us.arn]
    content {
      endpoint_id = endpoint_configuration.value
      weight      = 100
    }
  }
}

resource "aws_lb" "eu" {
  provider           = aws.eu
  name               = "app-eu"
  load_balancer_type = "network"
  subnets            = ["subnet-0f1e2d3c4b5a60001", "subnet-0f1e2d3c4b5a60002"]
}

resource "aws_instance" "eu" {
  provider      = aws.eu
  ami           = "ami-0fedcba9876543210"
  instance_type = "t3.small"
}

resource "aws_globalaccelerator_endpoint_group" "eu" {
  provider     = aws.eu
  listener_arn = aws_globalaccelerator_listener.https.id
  dynamic "endpoint_configuration" {
    for_each = [aws_lb.eu.arn]
    content {
      endpoint_id = endpoint_configuration.value
      weight      = 100
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "unhealthy" {
  alarm_name          = "app-unhealthy-hosts"
  namespace           = "AWS/NetworkELB"
  metric_name         = "UnHealthyHostCount"
  statistic           = "Maximum"
  comparison_operator = "GreaterThanThreshold"
  threshold           = 0
  period              = 60
  evaluation_periods  = 1
  alarm_actions       = ["arn:aws:sns:us-east-1:123456789012:oncall"]
}
