# offline: data "aws_sns_topic" "cloudwatch_api" { name = "CloudWatch-API-to-PagerDuty-<account>-<region>" }
# (an SNS lookup at plan time) -> the ARN it returns, in the module's region
locals {
  offline_cloudwatch_api_topic_arn = "arn:aws:sns:${data.aws_region.current.name}:${var.environment.account_id}:CloudWatch-API-to-PagerDuty-${var.environment.account_name}-${data.aws_region.current.name}"
}
