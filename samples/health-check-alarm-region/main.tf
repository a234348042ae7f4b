# health-check-meaningful on CLOUDWATCH_METRIC checks: Route 53 reads the
# alarm by name in the check's cloudwatch_alarm_region. The `west` check
# names the us-west-2 alarm but looks for it in us-east-1, where no such
# alarm exists, so it never has data and the SECONDARY it guards never
# fails over. It passed before; it fails now. The `east` check, whose
# alarm is in the region it names, passes.
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


# Alarms on each region's API errors, used by CLOUDWATCH_METRIC health checks.
resource "aws_cloudwatch_metric_alarm" "east_5xx" {
  alarm_name          = "api-east-5xx"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  metric_name         = "5xx"
  namespace           = "AWS/ApiGateway"
  period              = 60
  statistic           = "Sum"
  threshold           = 5
}
resource "aws_cloudwatch_metric_alarm" "west_5xx" {
  provider            = aws.west
  alarm_name          = "api-west-5xx"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  metric_name         = "5xx"
  namespace           = "AWS/ApiGateway"
  period              = 60
  statistic           = "Sum"
  threshold           = 5
}
# RIGHT: alarm region matches
resource "aws_route53_health_check" "east" {
  type                            = "CLOUDWATCH_METRIC"
  cloudwatch_alarm_name           = aws_cloudwatch_metric_alarm.east_5xx.alarm_name
  cloudwatch_alarm_region         = "us-east-1"
  insufficient_data_health_status = "LastKnownStatus"
}
# WRONG: the alarm is in us-west-2, the check looks for it in us-east-1 (no such alarm there)
resource "aws_route53_health_check" "west" {
  type                            = "CLOUDWATCH_METRIC"
  cloudwatch_alarm_name           = aws_cloudwatch_metric_alarm.west_5xx.alarm_name
  cloudwatch_alarm_region         = "us-east-1"
  insufficient_data_health_status = "LastKnownStatus"
}
resource "aws_route53_record" "primary" {
  zone_id         = "Z0123456789ABCDEFGHIJ"
  name            = "api.acme-corp.net"
  type            = "CNAME"
  ttl             = 60
  records         = ["abc.execute-api.us-east-1.amazonaws.com"]
  set_identifier  = "primary"
  health_check_id = aws_route53_health_check.east.id
  failover_routing_policy {
    type = "PRIMARY"
  }
}
resource "aws_route53_record" "secondary" {
  zone_id         = "Z0123456789ABCDEFGHIJ"
  name            = "api.acme-corp.net"
  type            = "CNAME"
  ttl             = 60
  records         = ["def.execute-api.us-west-2.amazonaws.com"]
  set_identifier  = "secondary"
  health_check_id = aws_route53_health_check.west.id
  failover_routing_policy {
    type = "SECONDARY"
  }
}
