# alarms-have-actions on an alarm made in one region over a resource of
# another: RDS, SQS and the other regional services publish a resource's
# metrics in its own region only, so the failover trigger made with the
# primary's provider on the standby's replica never has data and never
# fires, whatever its actions.
# - replica_lag_primary (eu-west-1) names the us-east-1 replica by
#   reference: fails;
# - replica_cpu_by_name (eu-west-1) names it by its known identifier:
#   fails;
# - replica_lag (us-east-1, beside the replica) and primary_cpu
#   (eu-west-1, beside the primary): pass;
# - standby_jobs_depth (eu-west-1) names the us-east-1 queue by reference:
#   fails;
# - jobs_depth (eu-west-1) names "jobs" by name, and both regions have a
#   queue of that name: the one of its own region, passes;
# - replication_latency (eu-west-1) names the us-east-1 replica bucket: S3
#   replication metrics name buckets of two regions, so it is not judged
#   by this rule, and passes.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  region                      = "eu-west-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "dr"
  region                      = "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_sns_topic" "oncall" {
  name = "oncall"
}

resource "aws_sns_topic_subscription" "oncall" {
  topic_arn = aws_sns_topic.oncall.arn
  protocol  = "email"
  endpoint  = "oncall@example.org"
}

resource "aws_sns_topic" "oncall_dr" {
  provider = aws.dr
  name     = "oncall"
}

resource "aws_sns_topic_subscription" "oncall_dr" {
  provider  = aws.dr
  topic_arn = aws_sns_topic.oncall_dr.arn
  protocol  = "email"
  endpoint  = "oncall@example.org"
}

resource "aws_db_instance" "primary" {
  identifier          = "app-primary"
  engine              = "postgres"
  instance_class      = "db.r6g.large"
  allocated_storage   = 100
  username            = "app"
  password            = "not-a-real-password"
  skip_final_snapshot = true
}

resource "aws_db_instance" "replica" {
  provider            = aws.dr
  identifier          = "app-replica"
  replicate_source_db = aws_db_instance.primary.arn
  instance_class      = "db.r6g.large"
  skip_final_snapshot = true
}

resource "aws_cloudwatch_metric_alarm" "replica_lag_primary" {
  alarm_name          = "replica-lag"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 3
  metric_name         = "ReplicaLag"
  namespace           = "AWS/RDS"
  period              = 60
  statistic           = "Maximum"
  threshold           = 300
  dimensions          = { DBInstanceIdentifier = aws_db_instance.replica.identifier }
  alarm_actions       = [aws_sns_topic.oncall.arn]
}

resource "aws_cloudwatch_metric_alarm" "replica_cpu_by_name" {
  alarm_name          = "replica-cpu"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 3
  metric_name         = "CPUUtilization"
  namespace           = "AWS/RDS"
  period              = 60
  statistic           = "Average"
  threshold           = 90
  dimensions          = { DBInstanceIdentifier = "app-replica" }
  alarm_actions       = [aws_sns_topic.oncall.arn]
}

resource "aws_cloudwatch_metric_alarm" "replica_lag" {
  provider            = aws.dr
  alarm_name          = "replica-lag"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 3
  metric_name         = "ReplicaLag"
  namespace           = "AWS/RDS"
  period              = 60
  statistic           = "Maximum"
  threshold           = 300
  dimensions          = { DBInstanceIdentifier = aws_db_instance.replica.identifier }
  alarm_actions       = [aws_sns_topic.oncall_dr.arn]
}

resource "aws_cloudwatch_metric_alarm" "primary_cpu" {
  alarm_name          = "primary-cpu"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 3
  metric_name         = "CPUUtilization"
  namespace           = "AWS/RDS"
  period              = 60
  statistic           = "Average"
  threshold           = 90
  dimensions          = { DBInstanceIdentifier = aws_db_instance.primary.identifier }
  alarm_actions       = [aws_sns_topic.oncall.arn]
}

resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}

resource "aws_sqs_queue" "jobs_dr" {
  provider = aws.dr
  name     = "jobs"
}

resource "aws_cloudwatch_metric_alarm" "standby_jobs_depth" {
  alarm_name          = "standby-jobs-depth"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 3
  metric_name         = "ApproximateNumberOfMessagesVisible"
  namespace           = "AWS/SQS"
  period              = 60
  statistic           = "Maximum"
  threshold           = 1000
  dimensions          = { QueueName = aws_sqs_queue.jobs_dr.name }
  alarm_actions       = [aws_sns_topic.oncall.arn]
}

resource "aws_cloudwatch_metric_alarm" "jobs_depth" {
  alarm_name          = "jobs-depth"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 3
  metric_name         = "ApproximateNumberOfMessagesVisible"
  namespace           = "AWS/SQS"
  period              = 60
  statistic           = "Maximum"
  threshold           = 1000
  dimensions          = { QueueName = "jobs" }
  alarm_actions       = [aws_sns_topic.oncall.arn]
}

resource "aws_s3_bucket" "data" {
  bucket = "app-data-euw1-example"
}

resource "aws_s3_bucket" "data_dr" {
  provider = aws.dr
  bucket   = "app-data-use1-example"
}

resource "aws_cloudwatch_metric_alarm" "replication_latency" {
  alarm_name          = "replication-latency"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 3
  metric_name         = "ReplicationLatency"
  namespace           = "AWS/S3"
  period              = 300
  statistic           = "Maximum"
  threshold           = 900
  dimensions = {
    SourceBucket      = aws_s3_bucket.data.bucket
    DestinationBucket = aws_s3_bucket.data_dr.bucket
    RuleId            = "all"
  }
  alarm_actions = [aws_sns_topic.oncall.arn]
}
