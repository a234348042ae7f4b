locals { # offline: data "pagerduty_vendor" "cloudwatch" { name = "Cloudwatch" } (PagerDuty API, provider not available offline) -> its name and a made-up id
  offline_pagerduty_vendor_cloudwatch = { name = "Cloudwatch", id = "PZQ6AUS" }
}

resource "aws_sns_topic_subscription" "cloudwatch_sns_subscription" {
  topic_arn              = aws_sns_topic.cloudwatch_to_pagerduty.arn
  protocol               = "https"
  endpoint_auto_confirms = true
  endpoint               = "https://events.pagerduty.com/integration/${local.offline_pagerduty_integration_key}/enqueue" # offline: pagerduty_service_integration -> local (below); upstream the key is known only after apply
}

resource "aws_sns_topic" "cloudwatch_to_pagerduty" {
  name              = "CloudWatch-to-PagerDuty-${terraform.workspace}-InstructionsAndPreferences"
  kms_master_key_id = aws_kms_key.sns.key_id
}

locals { # offline: resource "pagerduty_service_integration" "cloudwatch_integration" { name = "${data.pagerduty_vendor.cloudwatch.name} ${terraform.workspace} Environment",
  # offline: service = local.account.pagerduty_service_id, vendor = data.pagerduty_vendor.cloudwatch.id } (PagerDuty, not available offline) -> a made-up integration key
  offline_pagerduty_integration_key = "0123456789abcdef0123456789abcdef"
}


resource "aws_sns_topic_policy" "cloudwatch_to_pagerduty" {
  arn    = aws_sns_topic.cloudwatch_to_pagerduty.arn
  policy = data.aws_iam_policy_document.cloudwatch_to_pagerduty.json
}

data "aws_iam_policy_document" "cloudwatch_to_pagerduty" {
  statement {
    sid = "AllowCloudWatchToPublishToSNS"
    actions = [
      "sns:Publish",
    ]

    principals {
      type        = "Service"
      identifiers = ["cloudwatch.amazonaws.com"]
    }

    resources = [
      aws_sns_topic.cloudwatch_to_pagerduty.arn,
    ]
  }
}
