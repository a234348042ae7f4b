#tfsec:ignore:aws-sns-enable-topic-encryption CMK to be added
resource "aws_sns_topic" "cloudwatch_to_pagerduty" {
  name = "CloudWatch-to-PagerDuty-${var.environment_name}"
  tags = local.shared_component_tag

}
#tfsec:ignore:aws-sns-enable-topic-encryption  CMK to be added
resource "aws_sns_topic" "cloudwatch_to_pagerduty_ops" {
  name = "CloudWatch-to-PagerDuty-${var.environment_name}-Ops"
  tags = local.shared_component_tag
}

resource "aws_sns_topic_subscription" "cloudwatch_sns_subscription" {
  topic_arn              = aws_sns_topic.cloudwatch_to_pagerduty.arn
  protocol               = "https"
  endpoint_auto_confirms = true
  endpoint               = "https://events.pagerduty.com/integration/${local.offline_pagerduty_service_integration_cloudwatch_integration.integration_key}/enqueue"
}

resource "aws_sns_topic_subscription" "cloudwatch_sns_subscription_ops" {
  topic_arn              = aws_sns_topic.cloudwatch_to_pagerduty_ops.arn
  protocol               = "https"
  endpoint_auto_confirms = true
  endpoint               = "https://events.pagerduty.com/integration/${local.offline_pagerduty_service_integration_cloudwatch_integration_ops.integration_key}/enqueue"
}
