# dr-components-per-region: regions joined by failover through AWS Global
# Accelerator. The accelerator (whose API, and so its provider, is in
# us-west-2) routes to a load balancer in us-east-1 and one in eu-west-1,
# each in front of an auto scaling group; those two regions are the DR
# regions. Only us-east-1 holds the database (a DynamoDB table without
# replicas), so a failover to eu-west-1 lands on half a stack: eu-west-1
# fails. us-west-2 holds the accelerator and a reporting Lambda function,
# and nothing fails over to it: it is no DR region. The accelerator is the
# failover routing, so `dns` passes without Route 53 records; an alarm
# with an action makes `monitoring` pass.

module "primary" {
  source    = "./modules/region"
  providers = { aws = aws.primary }
  name      = "primary"
}

module "secondary" {
  source    = "./modules/region"
  providers = { aws = aws.secondary }
  name      = "secondary"
}

resource "aws_dynamodb_table" "orders" {
  provider     = aws.primary
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
}

resource "aws_globalaccelerator_accelerator" "app" {
  provider        = aws.accelerator
  name            = "app"
  ip_address_type = "IPV4"
  enabled         = true
}

resource "aws_globalaccelerator_listener" "https" {
  provider        = aws.accelerator
  accelerator_arn = aws_globalaccelerator_accelerator.app.id
  protocol        = "TCP"
  port_range {
    from_port = 443
    to_port   = 443
  }
}

resource "aws_globalaccelerator_endpoint_group" "primary" {
  provider              = aws.accelerator
  listener_arn          = aws_globalaccelerator_listener.https.id
  endpoint_group_region = "us-east-1"
  endpoint_configuration {
    endpoint_id = module.primary.lb_arn
    weight      = 100
  }
}

resource "aws_globalaccelerator_endpoint_group" "secondary" {
  provider              = aws.accelerator
  listener_arn          = aws_globalaccelerator_listener.https.id
  endpoint_group_region = "eu-west-1"
  traffic_dial_percentage = 0
  endpoint_configuration {
    endpoint_id = module.secondary.lb_arn
    weight      = 100
  }
}

resource "aws_iam_role" "report" {
  provider           = aws.accelerator
  name               = "report"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = { Service = "lambda.amazonaws.com" }, Action = "sts:AssumeRole" }] })
}

resource "aws_lambda_function" "report" {
  provider      = aws.accelerator
  function_name = "report"
  role          = aws_iam_role.report.arn
  runtime       = "python3.12"
  handler       = "report.handler"
  filename      = "report.zip"
}

resource "aws_sns_topic" "pager" {
  provider = aws.primary
  name     = "pager"
}

resource "aws_sns_topic_subscription" "pager_oncall" {
  provider  = aws.primary
  topic_arn = aws_sns_topic.pager.arn
  protocol  = "email"
  endpoint  = "oncall@example.com"
}

resource "aws_cloudwatch_metric_alarm" "unhealthy" {
  provider            = aws.primary
  alarm_name          = "primary-unhealthy-hosts"
  namespace           = "AWS/ApplicationELB"
  metric_name         = "UnHealthyHostCount"
  statistic           = "Maximum"
  period              = 60
  evaluation_periods  = 3
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  alarm_actions       = [aws_sns_topic.pager.arn]
}
