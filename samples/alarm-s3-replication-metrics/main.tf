# alarms-have-actions on alarms over S3 replication metrics. S3 publishes
# four (ReplicationLatency, OperationsPendingReplication,
# BytesPendingReplication, OperationsFailedReplication), under the
# dimensions SourceBucket, DestinationBucket and RuleId together, and only
# for a replication rule that enables them (destination.metrics, or S3
# RTC). An alarm that misses any of that matches no metric and never has
# data: the one signal that the DR copy falls behind never comes.
# - aws_cloudwatch_metric_alarm.orders_latency passes: all three
#   dimensions, on a rule with metrics enabled;
# - aws_cloudwatch_metric_alarm.orders_latency_source fails: SourceBucket
#   alone (as generated recipes write it);
# - aws_cloudwatch_metric_alarm.orders_failures fails: S3 publishes no
#   "ReplicationFailures";
# - aws_cloudwatch_metric_alarm.logs_latency fails: the logs bucket's rule
#   does not enable replication metrics.
# Every alarm notifies a subscribed topic.
# Plan it with scripts/regen-samples.

locals {
  pairs = ["orders", "logs"]
}

resource "aws_s3_bucket" "source" {
  for_each = toset(local.pairs)
  bucket   = "example-${each.key}-use1"
}

resource "aws_s3_bucket" "replica" {
  for_each = toset(local.pairs)
  provider = aws.dr
  bucket   = "example-${each.key}-usw2"
}

resource "aws_s3_bucket_versioning" "source" {
  for_each = toset(local.pairs)
  bucket   = aws_s3_bucket.source[each.key].id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_versioning" "replica" {
  for_each = toset(local.pairs)
  provider = aws.dr
  bucket   = aws_s3_bucket.replica[each.key].id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_iam_role" "replication" {
  name = "replication"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "s3.amazonaws.com" } }]
  })
}

resource "aws_iam_role_policy_attachment" "replication" {
  role       = aws_iam_role.replication.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AmazonS3ReplicationRole"
}

resource "aws_s3_bucket_replication_configuration" "orders" {
  depends_on = [aws_s3_bucket_versioning.source]
  role       = aws_iam_role.replication.arn
  bucket     = aws_s3_bucket.source["orders"].id

  rule {
    id     = "orders"
    status = "Enabled"
    filter {}
    delete_marker_replication {
      status = "Enabled"
    }
    destination {
      bucket = aws_s3_bucket.replica["orders"].arn
      metrics {
        status = "Enabled"
        event_threshold {
          minutes = 15
        }
      }
    }
  }
}

resource "aws_s3_bucket_replication_configuration" "logs" {
  depends_on = [aws_s3_bucket_versioning.source]
  role       = aws_iam_role.replication.arn
  bucket     = aws_s3_bucket.source["logs"].id

  rule {
    id     = "logs"
    status = "Enabled"
    filter {}
    delete_marker_replication {
      status = "Disabled"
    }
    destination {
      bucket = aws_s3_bucket.replica["logs"].arn
    }
  }
}

resource "aws_sns_topic" "oncall" {
  name = "storage-oncall"
}

resource "aws_sns_topic_subscription" "oncall" {
  topic_arn = aws_sns_topic.oncall.arn
  protocol  = "email"
  endpoint  = "storage-oncall@example.org"
}

resource "aws_cloudwatch_metric_alarm" "orders_latency" {
  alarm_name          = "orders-replication-latency"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 3
  metric_name         = "ReplicationLatency"
  namespace           = "AWS/S3"
  period              = 300
  statistic           = "Maximum"
  threshold           = 900
  alarm_actions       = [aws_sns_topic.oncall.arn]
  dimensions = {
    SourceBucket      = aws_s3_bucket.source["orders"].bucket
    DestinationBucket = aws_s3_bucket.replica["orders"].bucket
    RuleId            = "orders"
  }
}

resource "aws_cloudwatch_metric_alarm" "orders_latency_source" {
  alarm_name          = "orders-replication-latency-source"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 3
  metric_name         = "ReplicationLatency"
  namespace           = "AWS/S3"
  period              = 300
  statistic           = "Maximum"
  threshold           = 900
  alarm_actions       = [aws_sns_topic.oncall.arn]
  dimensions = {
    SourceBucket = aws_s3_bucket.source["orders"].bucket
  }
}

resource "aws_cloudwatch_metric_alarm" "orders_failures" {
  alarm_name          = "orders-replication-failures"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  metric_name         = "ReplicationFailures"
  namespace           = "AWS/S3"
  period              = 300
  statistic           = "Sum"
  threshold           = 0
  alarm_actions       = [aws_sns_topic.oncall.arn]
  dimensions = {
    SourceBucket      = aws_s3_bucket.source["orders"].bucket
    DestinationBucket = aws_s3_bucket.replica["orders"].bucket
    RuleId            = "orders"
  }
}

resource "aws_cloudwatch_metric_alarm" "logs_latency" {
  alarm_name          = "logs-replication-latency"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 3
  metric_name         = "ReplicationLatency"
  namespace           = "AWS/S3"
  period              = 300
  statistic           = "Maximum"
  threshold           = 900
  alarm_actions       = [aws_sns_topic.oncall.arn]
  dimensions = {
    SourceBucket      = aws_s3_bucket.source["logs"].bucket
    DestinationBucket = aws_s3_bucket.replica["logs"].bucket
    RuleId            = "logs"
  }
}
