# eventbridge-cross-region-policy: bus policies are for other accounts. An
# event bus accepts events from its own account; its resource policy is how
# other accounts are let in. Every target below forwards from us-east-1
# (account 111111111111) to a bus in us-west-2, so each needs a role; only
# a bus of another account needs an aws_cloudwatch_event_bus_policy, and
# only a bus the plan manages can be shown to lack one. terraform.tfstate
# holds the existing buses ops-west (111111111111), partner and partner-ok
# (222222222222), so their ARNs, and the accounts in them, are known. Each
# target's comment says what the query should find.

resource "aws_cloudwatch_event_rule" "ops" {
  provider      = aws.east
  name          = "ops"
  event_pattern = jsonencode({ source = ["acme.ops"] })
}

locals {
  role = "arn:aws:iam::111111111111:role/forward"
}

resource "aws_iam_role" "forward" {
  provider           = aws.east
  name               = "forward-new"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = { Service = "events.amazonaws.com" }, Action = "sts:AssumeRole" }] })
}

resource "aws_cloudwatch_event_bus" "ops_west" {
  provider = aws.west
  name     = "ops-west"
}

resource "aws_cloudwatch_event_bus" "partner" {
  provider = aws.partner
  name     = "partner"
}

resource "aws_cloudwatch_event_bus" "partner_ok" {
  provider = aws.partner
  name     = "partner-ok"
}

resource "aws_cloudwatch_event_bus_policy" "partner_ok" {
  provider       = aws.partner
  event_bus_name = aws_cloudwatch_event_bus.partner_ok.name
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Sid = "Sender", Effect = "Allow", Principal = { AWS = "arn:aws:iam::111111111111:root" }, Action = "events:PutEvents", Resource = aws_cloudwatch_event_bus.partner_ok.arn }]
  })
}

# A bus made by this plan: its ARN, and so its account, is known only after
# apply.
resource "aws_cloudwatch_event_bus" "fresh" {
  provider = aws.west
  name     = "fresh"
}

# passes: the sender's own account's default bus (the role says whose
# account sends); no bus policy is needed
resource "aws_cloudwatch_event_target" "own_default" {
  provider = aws.east
  rule     = aws_cloudwatch_event_rule.ops.name
  arn      = "arn:aws:events:us-west-2:111111111111:event-bus/default"
  role_arn = local.role
}

# passes: a bus of the plan in the sender's own account
resource "aws_cloudwatch_event_target" "own_managed" {
  provider = aws.east
  rule     = aws_cloudwatch_event_rule.ops.name
  arn      = aws_cloudwatch_event_bus.ops_west.arn
  role_arn = local.role
}

# fails: a bus of the plan in another account, with no bus policy
resource "aws_cloudwatch_event_target" "partner" {
  provider = aws.east
  rule     = aws_cloudwatch_event_rule.ops.name
  arn      = aws_cloudwatch_event_bus.partner.arn
  role_arn = local.role
}

# passes: a bus of the plan in another account, with a bus policy
resource "aws_cloudwatch_event_target" "partner_ok" {
  provider = aws.east
  rule     = aws_cloudwatch_event_rule.ops.name
  arn      = aws_cloudwatch_event_bus.partner_ok.arn
  role_arn = local.role
}

# undecided: another account's bus that the plan does not manage; its
# policy is not in the plan, which cannot show it is missing
resource "aws_cloudwatch_event_target" "partner_external" {
  provider = aws.east
  rule     = aws_cloudwatch_event_rule.ops.name
  arn      = "arn:aws:events:us-west-2:222222222222:event-bus/default"
  role_arn = local.role
}

# passes: the bus's ARN, and the account in it, is known only after apply,
# but it is made with aws.west, which, like the target's aws.east, sets no
# credentials: both take the environment's, so it is the sender's own
# account's bus (before, undecided)
resource "aws_cloudwatch_event_target" "fresh" {
  provider = aws.east
  rule     = aws_cloudwatch_event_rule.ops.name
  arn      = aws_cloudwatch_event_bus.fresh.arn
  role_arn = local.role
}

# undecided: the sender's account is known only after apply (the role is
# made by this plan, and nothing else says whose account sends)
resource "aws_cloudwatch_event_target" "new_role" {
  provider = aws.east
  rule     = aws_cloudwatch_event_rule.ops.name
  arn      = "arn:aws:events:us-west-2:111111111111:event-bus/default"
  role_arn = aws_iam_role.forward.arn
}

# fails: no role, whatever the bus's account
resource "aws_cloudwatch_event_target" "no_role" {
  provider = aws.east
  rule     = aws_cloudwatch_event_rule.ops.name
  arn      = "arn:aws:events:us-west-2:111111111111:event-bus/default"
}

# Buses of the partner account opened with aws_cloudwatch_event_permission
# (EventBridge's PutPermission), which adds a statement to the bus's
# policy, rather than with an aws_cloudwatch_event_bus_policy.
resource "aws_cloudwatch_event_bus" "partner_perm" {
  provider = aws.partner
  name     = "partner-perm"
}

resource "aws_cloudwatch_event_permission" "partner_perm" {
  provider       = aws.partner
  event_bus_name = aws_cloudwatch_event_bus.partner_perm.name
  principal      = "111111111111"
  statement_id   = "Sender"
}

resource "aws_cloudwatch_event_bus" "partner_perm_other" {
  provider = aws.partner
  name     = "partner-perm-other"
}

resource "aws_cloudwatch_event_permission" "partner_perm_other" {
  provider       = aws.partner
  event_bus_name = aws_cloudwatch_event_bus.partner_perm_other.name
  principal      = "333333333333"
  statement_id   = "Other"
}

# passes: the permission lets the sender's account put events on the bus
resource "aws_cloudwatch_event_target" "partner_perm" {
  provider = aws.east
  rule     = aws_cloudwatch_event_rule.ops.name
  arn      = aws_cloudwatch_event_bus.partner_perm.arn
  role_arn = local.role
}

# fails: the permission lets another account in, not the sender's
resource "aws_cloudwatch_event_target" "partner_perm_other" {
  provider = aws.east
  rule     = aws_cloudwatch_event_rule.ops.name
  arn      = aws_cloudwatch_event_bus.partner_perm_other.arn
  role_arn = local.role
}
