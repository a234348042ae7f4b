# replica-per-region with a support region: the database lives in
# eu-west-1 with a cross-region read replica in eu-west-3, and us-east-1
# holds only the alarm on the Route 53 health check (AWS publishes that
# metric in us-east-1 alone) and the SNS topic it notifies. No workload
# runs in us-east-1, so no replica is owed there: the database passes in
# eu-west-1 and eu-west-3 and has no us-east-1 subject.

resource "aws_db_instance" "orders" {
  provider            = aws.primary
  identifier          = "orders"
  engine              = "postgres"
  engine_version      = "16.3"
  instance_class      = "db.r6g.large"
  allocated_storage   = 100
  username            = "orders"
  password            = "not-a-real-password-3"
  skip_final_snapshot = true
}

resource "aws_db_instance" "orders_standby" {
  provider            = aws.standby
  identifier          = "orders-standby"
  replicate_source_db = aws_db_instance.orders.arn
  instance_class      = "db.r6g.large"
  skip_final_snapshot = true
}

resource "aws_route53_health_check" "api" {
  provider          = aws.use1
  fqdn              = "api.orders.example.org"
  port              = 443
  type              = "HTTPS"
  resource_path     = "/health"
  failure_threshold = 3
  request_interval  = 30
}

resource "aws_sns_topic" "failover" {
  provider = aws.use1
  name     = "orders-failover"
}

resource "aws_sns_topic_subscription" "failover_oncall" {
  provider  = aws.use1
  topic_arn = aws_sns_topic.failover.arn
  protocol  = "email"
  endpoint  = "oncall@example.com"
}

resource "aws_cloudwatch_metric_alarm" "api_unhealthy" {
  provider            = aws.use1
  alarm_name          = "orders-api-unhealthy"
  namespace           = "AWS/Route53"
  metric_name         = "HealthCheckStatus"
  statistic           = "Minimum"
  comparison_operator = "LessThanThreshold"
  threshold           = 1
  period              = 60
  evaluation_periods  = 2
  dimensions = {
    HealthCheckId = aws_route53_health_check.api.id
  }
  alarm_actions = [aws_sns_topic.failover.arn]
}
