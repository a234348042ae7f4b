# alarms-have-actions on alarms whose dimensions hold a wildcard.
# CloudWatch matches a metric alarm's dimensions exactly: "*" is no
# wildcard there, and AWS names no instance, database or load balancer
# "*", so such an alarm matches no metric, never has data and never
# fires, whatever its actions (the "every instance" CPU alarm of a DR
# runbook that stays INSUFFICIENT_DATA for ever).
# - any_instance_cpu (InstanceId = "*") and any_db_connections
#   (DBInstanceIdentifier = "*"): fail;
# - lb_errors_query (a metric_query metric with LoadBalancer = "app/*"):
#   fails;
# - primary_cpu (a reference to the database's identifier), fleet_cpu (a
#   Metrics Insights query that aggregates every instance, the way to
#   watch a fleet) and custom_any (a custom namespace, whose publisher may
#   well send "*" as a value): pass.
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

resource "aws_sns_topic" "oncall" {
  name = "oncall"
}

resource "aws_sns_topic_subscription" "oncall" {
  topic_arn = aws_sns_topic.oncall.arn
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

resource "aws_cloudwatch_metric_alarm" "any_instance_cpu" {
  alarm_name          = "any-instance-cpu"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 2
  metric_name         = "CPUUtilization"
  namespace           = "AWS/EC2"
  period              = 300
  statistic           = "Average"
  threshold           = 90
  dimensions          = { InstanceId = "*" }
  alarm_actions       = [aws_sns_topic.oncall.arn]
}

resource "aws_cloudwatch_metric_alarm" "any_db_connections" {
  alarm_name          = "any-db-connections"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 2
  metric_name         = "DatabaseConnections"
  namespace           = "AWS/RDS"
  period              = 300
  statistic           = "Maximum"
  threshold           = 500
  dimensions          = { DBInstanceIdentifier = "*" }
  alarm_actions       = [aws_sns_topic.oncall.arn]
}

resource "aws_cloudwatch_metric_alarm" "lb_errors_query" {
  alarm_name          = "lb-5xx"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 2
  threshold           = 10
  alarm_actions       = [aws_sns_topic.oncall.arn]

  metric_query {
    id          = "errors"
    return_data = true
    metric {
      metric_name = "HTTPCode_ELB_5XX_Count"
      namespace   = "AWS/ApplicationELB"
      period      = 60
      stat        = "Sum"
      dimensions  = { LoadBalancer = "app/*" }
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "primary_cpu" {
  alarm_name          = "primary-cpu"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 2
  metric_name         = "CPUUtilization"
  namespace           = "AWS/RDS"
  period              = 300
  statistic           = "Average"
  threshold           = 90
  dimensions          = { DBInstanceIdentifier = aws_db_instance.primary.identifier }
  alarm_actions       = [aws_sns_topic.oncall.arn]
}

resource "aws_cloudwatch_metric_alarm" "fleet_cpu" {
  alarm_name          = "fleet-cpu"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 2
  threshold           = 90
  alarm_actions       = [aws_sns_topic.oncall.arn]

  metric_query {
    id          = "cpu"
    expression  = "SELECT AVG(CPUUtilization) FROM SCHEMA(\"AWS/EC2\", InstanceId)"
    period      = 300
    return_data = true
  }
}

resource "aws_cloudwatch_metric_alarm" "custom_any" {
  alarm_name          = "custom-any"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 2
  metric_name         = "QueueBacklog"
  namespace           = "Billing/Jobs"
  period              = 300
  statistic           = "Maximum"
  threshold           = 1000
  dimensions          = { Worker = "*" }
  alarm_actions       = [aws_sns_topic.oncall.arn]
}
