# alarms-have-actions with actions of another region: one on-call topic
# in us-east-1 that a module passes to the alarms of both regions.
# CloudWatch accepts only actions of the alarm's own region, so the
# us-west-2 replica-lag alarm that names the us-east-1 topic (fails), and
# the one that names a literal topic ARN of us-east-1 (fails), are never
# created; the us-west-2 alarm on its own region's topic and the us-east-1
# alarm on the us-east-1 topic pass. The us-west-2 alarm on a us-east-1
# topic no one subscribes to fails for the region first: creating it
# fails, which a subscription would not mend.

resource "aws_sns_topic" "oncall_east" {
  provider = aws.primary
  name     = "oncall"
}

resource "aws_sns_topic_subscription" "oncall_east_oncall" {
  provider  = aws.primary
  topic_arn = aws_sns_topic.oncall_east.arn
  protocol  = "email"
  endpoint  = "oncall@example.com"
}

resource "aws_sns_topic" "oncall_west" {
  provider = aws.secondary
  name     = "oncall"
}

resource "aws_sns_topic_subscription" "oncall_west_oncall" {
  provider  = aws.secondary
  topic_arn = aws_sns_topic.oncall_west.arn
  protocol  = "email"
  endpoint  = "oncall@example.com"
}

resource "aws_cloudwatch_metric_alarm" "cpu_east" {
  provider            = aws.primary
  alarm_name          = "db-cpu-east"
  namespace           = "AWS/RDS"
  metric_name         = "CPUUtilization"
  statistic           = "Average"
  period              = 60
  evaluation_periods  = 5
  threshold           = 80
  comparison_operator = "GreaterThanThreshold"
  alarm_actions       = [aws_sns_topic.oncall_east.arn]
}

resource "aws_cloudwatch_metric_alarm" "lag_west" {
  provider            = aws.secondary
  alarm_name          = "replica-lag-west"
  namespace           = "AWS/RDS"
  metric_name         = "ReplicaLag"
  statistic           = "Maximum"
  period              = 60
  evaluation_periods  = 5
  threshold           = 300
  comparison_operator = "GreaterThanThreshold"
  alarm_actions       = [aws_sns_topic.oncall_east.arn]
  ok_actions          = [aws_sns_topic.oncall_east.arn]
}

resource "aws_cloudwatch_metric_alarm" "disk_west" {
  provider            = aws.secondary
  alarm_name          = "db-disk-west"
  namespace           = "AWS/RDS"
  metric_name         = "FreeStorageSpace"
  statistic           = "Minimum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 10000000000
  comparison_operator = "LessThanThreshold"
  alarm_actions       = ["arn:aws:sns:us-east-1:123456789012:oncall"]
}

resource "aws_cloudwatch_metric_alarm" "cpu_west" {
  provider            = aws.secondary
  alarm_name          = "db-cpu-west"
  namespace           = "AWS/RDS"
  metric_name         = "CPUUtilization"
  statistic           = "Average"
  period              = 60
  evaluation_periods  = 5
  threshold           = 80
  comparison_operator = "GreaterThanThreshold"
  alarm_actions       = [aws_sns_topic.oncall_west.arn]
}

resource "aws_sns_topic" "unheard_east" {
  provider = aws.primary
  name     = "unheard"
}

resource "aws_cloudwatch_metric_alarm" "queue_west" {
  provider            = aws.secondary
  alarm_name          = "queue-depth-west"
  namespace           = "AWS/SQS"
  metric_name         = "ApproximateNumberOfMessagesVisible"
  statistic           = "Maximum"
  period              = 60
  evaluation_periods  = 5
  threshold           = 1000
  comparison_operator = "GreaterThanThreshold"
  alarm_actions       = [aws_sns_topic.unheard_east.arn]
}
