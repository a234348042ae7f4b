# alarms-have-actions: a reference to a topic, a literal ARN, for_each
# alarms with and without actions, and an alarm the plan deletes.

resource "aws_sns_topic" "pager" {
  provider = aws.primary
  name     = "pager"
}

resource "aws_sns_topic_subscription" "pager_oncall" {
  provider  = aws.primary
  topic_arn = aws_sns_topic.pager.arn
  protocol  = "email"
  endpoint  = "oncall@example.com"
}

# passes: a topic of the plan
resource "aws_cloudwatch_metric_alarm" "latency" {
  provider            = aws.primary
  alarm_name          = "latency"
  namespace           = "AWS/ApplicationELB"
  metric_name         = "TargetResponseTime"
  statistic           = "Average"
  period              = 60
  evaluation_periods  = 5
  threshold           = 1
  comparison_operator = "GreaterThanThreshold"
  alarm_actions       = [aws_sns_topic.pager.arn]
}

# for_each: "errors" passes (literal ARN), "throttles" fails (no action)
resource "aws_cloudwatch_metric_alarm" "table" {
  for_each            = { errors = ["arn:aws:sns:us-east-1:123456789012:oncall"], throttles = [] }
  provider            = aws.primary
  alarm_name          = "sessions-${each.key}"
  namespace           = "AWS/DynamoDB"
  metric_name         = each.key == "errors" ? "SystemErrors" : "ThrottledRequests"
  dimensions          = { TableName = "sessions" }
  statistic           = "Sum"
  period              = 60
  evaluation_periods  = 3
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  alarm_actions       = each.value
}
