# eventbridge-cross-region-policy: a bus of the plan in another region with
# role and policy, a literal bus ARN of another region with a policy found
# by its name, one with neither, and a target in its own region.

resource "aws_cloudwatch_event_bus" "eu" {
  provider = aws.secondary
  name     = "ops-eu"
}

resource "aws_cloudwatch_event_bus_policy" "eu" {
  provider       = aws.secondary
  event_bus_name = aws_cloudwatch_event_bus.eu.name
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Sid = "Account", Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:root" }, Action = "events:PutEvents", Resource = aws_cloudwatch_event_bus.eu.arn }]
  })
}

resource "aws_cloudwatch_event_bus_policy" "usw2" {
  provider       = aws.tertiary
  event_bus_name = "ops-usw2"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Sid = "Account", Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:root" }, Action = "events:PutEvents", Resource = "arn:aws:events:us-west-2:123456789012:event-bus/ops-usw2" }]
  })
}

resource "aws_iam_role" "forward" {
  provider           = aws.primary
  name               = "forward"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = { Service = "events.amazonaws.com" }, Action = "sts:AssumeRole" }] })
}

resource "aws_cloudwatch_event_rule" "ops" {
  provider      = aws.primary
  name          = "ops"
  event_pattern = jsonencode({ source = ["acme.ops"] })
}

# passes
resource "aws_cloudwatch_event_target" "to_eu" {
  provider = aws.primary
  rule     = aws_cloudwatch_event_rule.ops.name
  arn      = aws_cloudwatch_event_bus.eu.arn
  role_arn = aws_iam_role.forward.arn
}

# passes: the bus is outside the plan, its policy is found by name
resource "aws_cloudwatch_event_target" "to_usw2" {
  provider = aws.primary
  rule     = aws_cloudwatch_event_rule.ops.name
  arn      = "arn:aws:events:us-west-2:123456789012:event-bus/ops-usw2"
  role_arn = "arn:aws:iam::123456789012:role/forward"
}

# fails: no role, and no policy on the receiving bus
resource "aws_cloudwatch_event_target" "to_apse1" {
  provider = aws.primary
  rule     = aws_cloudwatch_event_rule.ops.name
  arn      = "arn:aws:events:ap-southeast-1:123456789012:event-bus/ops-apse1"
}

# No subject: a topic in its own region
resource "aws_cloudwatch_event_target" "page" {
  provider = aws.primary
  rule     = aws_cloudwatch_event_rule.ops.name
  arn      = aws_sns_topic.pager.arn
}
