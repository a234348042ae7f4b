resource "aws_sns_topic_subscription" "primary_to_secondary" {
  protocol             = "sqs"
  raw_message_delivery = true
  topic_arn            = local.offline_sns_topic_primary.arn # offline: was data.aws_sns_topic.primary
  endpoint             = local.offline_sqs_queue_secondary.arn # offline: was data.aws_sqs_queue.secondary
}

resource "aws_sns_topic_subscription" "secondary_to_primary" {
  provider             = aws.secondary
  protocol             = "sqs"
  raw_message_delivery = true
  topic_arn            = local.offline_sns_topic_secondary.arn # offline: was data.aws_sns_topic.secondary
  endpoint             = local.offline_sqs_queue_primary.arn # offline: was data.aws_sqs_queue.primary
}