locals { offline_data_pagerduty_vendor_cloudwatch = { id = "PZQ6AUS", name = "Cloudwatch", type = "generic_events_api_inbound_integration" } } # offline: was data "pagerduty_vendor" "cloudwatch" (provider aws), needs the AWS API



locals { offline_pagerduty_service_integration_cloudwatch = { integration_key = "0123456789abcdef0123456789abcdef" } } # offline: was resource "pagerduty_service_integration" "cloudwatch_integration" (PagerDuty provider not in the mirror; name, service = var.pagerduty_service_id, vendor)





resource "aws_sns_topic" "cloudwatch_to_pagerduty" {
  name              = "CloudWatch-to-PagerDuty-${var.environment_name}"
  kms_master_key_id = local.offline_data_aws_kms_alias_pagerduty_sns.target_key_arn

  provider = aws.region
}

resource "aws_sns_topic_subscription" "cloudwatch_sns_subscription" {
  topic_arn              = aws_sns_topic.cloudwatch_to_pagerduty.arn
  protocol               = "https"
  endpoint_auto_confirms = true
  endpoint               = "https://events.pagerduty.com/integration/${local.offline_pagerduty_service_integration_cloudwatch.integration_key}/enqueue"

  provider = aws.region
}
