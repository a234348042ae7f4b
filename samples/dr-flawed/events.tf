# Failover events forwarded to the other region's bus, both ways: each
# target has a role allowed to put events there, and each receiving bus a
# policy that lets the account send to it.

locals {
  account_id = "123456789012"
}

resource "aws_iam_role" "events" {
  provider = aws.primary
  name     = "orders-dr-event-forwarding"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "events.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_iam_role_policy" "events" {
  provider = aws.primary
  role     = aws_iam_role.events.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "events:PutEvents"
      Resource = [module.primary.event_bus_arn, module.secondary.event_bus_arn]
    }]
  })
}

resource "aws_cloudwatch_event_rule" "failover_to_secondary" {
  provider       = aws.primary
  name           = "orders-failover-forward"
  event_bus_name = module.primary.event_bus_name
  event_pattern  = jsonencode({ source = ["acme.orders.failover"] })
}

resource "aws_cloudwatch_event_target" "to_secondary" {
  provider       = aws.primary
  rule           = aws_cloudwatch_event_rule.failover_to_secondary.name
  event_bus_name = module.primary.event_bus_name
  arn            = module.secondary.event_bus_arn
  role_arn       = aws_iam_role.events.arn
}

resource "aws_cloudwatch_event_rule" "failover_to_primary" {
  provider       = aws.secondary
  name           = "orders-failover-forward"
  event_bus_name = module.secondary.event_bus_name
  event_pattern  = jsonencode({ source = ["acme.orders.failover"] })
}

resource "aws_cloudwatch_event_target" "to_primary" {
  provider       = aws.secondary
  rule           = aws_cloudwatch_event_rule.failover_to_primary.name
  event_bus_name = module.secondary.event_bus_name
  arn            = module.primary.event_bus_arn
}

resource "aws_cloudwatch_event_bus_policy" "secondary" {
  provider       = aws.secondary
  event_bus_name = module.secondary.event_bus_name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "FromPrimary"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::${local.account_id}:root" }
      Action    = "events:PutEvents"
      Resource  = module.secondary.event_bus_arn
    }]
  })
}

resource "aws_cloudwatch_event_bus_policy" "primary" {
  provider       = aws.primary
  event_bus_name = module.primary.event_bus_name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "FromSecondary"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::${local.account_id}:root" }
      Action    = "events:PutEvents"
      Resource  = module.primary.event_bus_arn
    }]
  })
}
