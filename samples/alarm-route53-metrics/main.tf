# alarms-have-actions on alarms around Route 53 health checks.
# - aws_cloudwatch_metric_alarm.api_named has no actions, and the HTTPS
#   check of the PRIMARY record names it in cloudwatch_alarm_name. Route
#   53 reads that name only for a CLOUDWATCH_METRIC check (the AWS
#   provider sends it for no other type), so nothing acts on the alarm:
#   it fails, as one no check names does.
# - aws_cloudwatch_metric_alarm.queue_depth has no actions, and the
#   SECONDARY record's CLOUDWATCH_METRIC check is its alarm: it moves DNS,
#   and passes.
# - Route 53 publishes its metrics (AWS/Route53) in us-east-1 only: the
#   status alarm made with the us-west-2 provider never has data (with
#   treat_missing_data = "breaching", it goes into ALARM once and stays
#   there), though it notifies a subscribed topic; its us-east-1 twin
#   passes.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  region                      = "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "west"
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_route53_zone" "app" {
  name = "app.internal-test.net"
}

resource "aws_route53_health_check" "api" {
  fqdn                  = "api-east.app.internal-test.net"
  port                  = 443
  type                  = "HTTPS"
  resource_path         = "/health"
  failure_threshold     = 3
  cloudwatch_alarm_name = aws_cloudwatch_metric_alarm.api_named.alarm_name
}

resource "aws_route53_health_check" "queue" {
  type                            = "CLOUDWATCH_METRIC"
  cloudwatch_alarm_name           = aws_cloudwatch_metric_alarm.queue_depth.alarm_name
  cloudwatch_alarm_region         = "us-east-1"
  insufficient_data_health_status = "Unhealthy"
}

resource "aws_route53_record" "primary" {
  zone_id         = aws_route53_zone.app.zone_id
  name            = "api.app.internal-test.net"
  type            = "CNAME"
  ttl             = 60
  records         = ["api-east.app.internal-test.net"]
  set_identifier  = "primary"
  health_check_id = aws_route53_health_check.api.id
  failover_routing_policy {
    type = "PRIMARY"
  }
}

resource "aws_route53_record" "secondary" {
  zone_id         = aws_route53_zone.app.zone_id
  name            = "api.app.internal-test.net"
  type            = "CNAME"
  ttl             = 60
  records         = ["api-west.app.internal-test.net"]
  set_identifier  = "secondary"
  health_check_id = aws_route53_health_check.queue.id
  failover_routing_policy {
    type = "SECONDARY"
  }
}

resource "aws_cloudwatch_metric_alarm" "api_named" {
  alarm_name          = "api-latency"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 3
  metric_name         = "TargetResponseTime"
  namespace           = "AWS/ApplicationELB"
  period              = 60
  statistic           = "Average"
  threshold           = 2
}

resource "aws_cloudwatch_metric_alarm" "queue_depth" {
  alarm_name          = "queue-depth"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 3
  metric_name         = "ApproximateNumberOfMessagesVisible"
  namespace           = "AWS/SQS"
  period              = 60
  statistic           = "Maximum"
  threshold           = 1000
}

resource "aws_sns_topic" "oncall_east" {
  name = "oncall-east"
}

resource "aws_sns_topic_subscription" "oncall_east" {
  topic_arn = aws_sns_topic.oncall_east.arn
  protocol  = "email"
  endpoint  = "oncall@internal-test.net"
}

resource "aws_sns_topic" "oncall_west" {
  provider = aws.west
  name     = "oncall-west"
}

resource "aws_sns_topic_subscription" "oncall_west" {
  provider  = aws.west
  topic_arn = aws_sns_topic.oncall_west.arn
  protocol  = "email"
  endpoint  = "oncall@internal-test.net"
}

resource "aws_cloudwatch_metric_alarm" "api_status_east" {
  alarm_name          = "api-status"
  comparison_operator = "LessThanThreshold"
  evaluation_periods  = 2
  metric_name         = "HealthCheckStatus"
  namespace           = "AWS/Route53"
  period              = 60
  statistic           = "Minimum"
  threshold           = 1
  alarm_actions       = [aws_sns_topic.oncall_east.arn]
  dimensions = {
    HealthCheckId = aws_route53_health_check.api.id
  }
}

resource "aws_cloudwatch_metric_alarm" "api_status_west" {
  provider            = aws.west
  alarm_name          = "api-status"
  comparison_operator = "LessThanThreshold"
  evaluation_periods  = 2
  metric_name         = "HealthCheckStatus"
  namespace           = "AWS/Route53"
  period              = 60
  statistic           = "Minimum"
  threshold           = 1
  alarm_actions       = [aws_sns_topic.oncall_west.arn]
  treat_missing_data  = "breaching"
  dimensions = {
    HealthCheckId = aws_route53_health_check.api.id
  }
}
