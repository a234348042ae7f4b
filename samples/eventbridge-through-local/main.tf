# eventbridge-cross-region-policy when the target's ARN goes through a
# local value: a us-east-1 rule sends to an event bus in us-west-2 with no
# role_arn and no bus policy, but plan JSON does not describe locals, so the
# plan alone cannot tell which bus the target names. The check must say
# "unknown until apply", never skip it (finding 11 of the adversarial round
# of 2026-11: an unknown `where` dropped the subject). With
# tf-graph-plan.dot (terraform graph -type=plan) the local is resolved and
# the target fails.

resource "aws_cloudwatch_event_bus" "dr" {
  provider = aws.dr
  name     = "dr-bus"
}

locals {
  dr_bus_arn = aws_cloudwatch_event_bus.dr.arn
}

resource "aws_cloudwatch_event_rule" "failover" {
  name          = "failover"
  event_pattern = jsonencode({ source = ["app"] })
}

# Cross-region target with no role_arn and no bus policy.
resource "aws_cloudwatch_event_target" "to_dr" {
  rule = aws_cloudwatch_event_rule.failover.name
  arn  = local.dr_bus_arn
}
