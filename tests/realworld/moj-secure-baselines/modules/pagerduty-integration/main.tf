# subscribe to SNS topics for pagerduty
# offline: data "aws_sns_topic" "alarm_topics" (for_each = toset(var.sns_topics),
# name = each.key; SNS at plan time, the topics are made by the caller) ->
# local.offline_alarm_topics, each topic's ARN built from its name, the
# provider's region and the workspace account (see SOURCE.md)
data "aws_region" "current" {}
locals {
  offline_alarm_topics = { for t in toset(var.sns_topics) : t => { arn = "arn:aws:sns:${data.aws_region.current.name}:111122223333:${t}" } }
}

resource "aws_sns_topic_subscription" "pagerduty_subscription" {
  for_each  = local.offline_alarm_topics # offline: was data.aws_sns_topic.alarm_topics
  topic_arn = each.value.arn
  protocol  = "https"
  endpoint  = "https://events.pagerduty.com/integration/${var.pagerduty_integration_key}/enqueue"
}
