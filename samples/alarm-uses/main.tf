# alarms-have-actions: an alarm that something acts on has an action. Each
# alarm below has no alarm_actions of its own; all but `orphan` are named by
# something that acts when they fire: an auto scaling group's instance
# refresh (by reference and by a literal name; `rollback` through a module
# whose refresh is a dynamic block), a Route 53 CLOUDWATCH_METRIC
# health check that a failover record uses, a composite alarm's rule, a
# CodeDeploy deployment group. `orphan` is named by nothing, and `paused`
# only by a CodeDeploy alarm_configuration that is disabled: both notify no
# one. (samples/dr-flawed has an alarm named only by a health check that
# nothing uses: it notifies no one either.)

locals {
  alarm = {
    namespace           = "AWS/ApplicationELB"
    metric_name         = "HTTPCode_Target_5XX_Count"
    statistic           = "Sum"
    period              = 60
    evaluation_periods  = 3
    threshold           = 10
    comparison_operator = "GreaterThanOrEqualToThreshold"
  }
}

resource "aws_cloudwatch_metric_alarm" "refresh" {
  alarm_name          = "app-refresh-errors"
  namespace           = local.alarm.namespace
  metric_name         = local.alarm.metric_name
  statistic           = local.alarm.statistic
  period              = local.alarm.period
  evaluation_periods  = local.alarm.evaluation_periods
  threshold           = local.alarm.threshold
  comparison_operator = local.alarm.comparison_operator
}

resource "aws_cloudwatch_metric_alarm" "refresh_latency" {
  alarm_name          = "app-refresh-latency"
  namespace           = local.alarm.namespace
  metric_name         = "TargetResponseTime"
  statistic           = "Average"
  period              = local.alarm.period
  evaluation_periods  = local.alarm.evaluation_periods
  threshold           = 2
  comparison_operator = "GreaterThanThreshold"
}

resource "aws_cloudwatch_metric_alarm" "health" {
  alarm_name          = "app-health"
  namespace           = local.alarm.namespace
  metric_name         = "HealthyHostCount"
  statistic           = "Minimum"
  period              = local.alarm.period
  evaluation_periods  = local.alarm.evaluation_periods
  threshold           = 1
  comparison_operator = "LessThanThreshold"
}

resource "aws_cloudwatch_metric_alarm" "composed" {
  for_each            = toset(["5xx", "latency"])
  alarm_name          = "app-${each.key}"
  namespace           = local.alarm.namespace
  metric_name         = each.key == "5xx" ? local.alarm.metric_name : "TargetResponseTime"
  statistic           = local.alarm.statistic
  period              = local.alarm.period
  evaluation_periods  = local.alarm.evaluation_periods
  threshold           = local.alarm.threshold
  comparison_operator = local.alarm.comparison_operator
}

resource "aws_cloudwatch_metric_alarm" "deploy" {
  alarm_name          = "app-deploy-errors"
  namespace           = local.alarm.namespace
  metric_name         = local.alarm.metric_name
  statistic           = local.alarm.statistic
  period              = local.alarm.period
  evaluation_periods  = local.alarm.evaluation_periods
  threshold           = local.alarm.threshold
  comparison_operator = local.alarm.comparison_operator
}

resource "aws_cloudwatch_metric_alarm" "paused" {
  alarm_name          = "app-paused-errors"
  namespace           = local.alarm.namespace
  metric_name         = local.alarm.metric_name
  statistic           = local.alarm.statistic
  period              = local.alarm.period
  evaluation_periods  = local.alarm.evaluation_periods
  threshold           = local.alarm.threshold
  comparison_operator = local.alarm.comparison_operator
}

resource "aws_cloudwatch_metric_alarm" "orphan" {
  alarm_name          = "app-orphan"
  namespace           = local.alarm.namespace
  metric_name         = local.alarm.metric_name
  statistic           = local.alarm.statistic
  period              = local.alarm.period
  evaluation_periods  = local.alarm.evaluation_periods
  threshold           = local.alarm.threshold
  comparison_operator = local.alarm.comparison_operator
}

resource "aws_launch_template" "app" {
  name_prefix   = "app-"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "m6i.large"
}

# The refresh rolls back when either alarm fires: one by reference, one by
# its literal name.
resource "aws_autoscaling_group" "app" {
  name               = "app"
  min_size           = 2
  max_size           = 6
  availability_zones = ["eu-central-1a", "eu-central-1b"]
  launch_template {
    id      = aws_launch_template.app.id
    version = "$Latest"
  }
  instance_refresh {
    strategy = "Rolling"
    preferences {
      auto_rollback = true
      alarm_specification {
        alarms = [aws_cloudwatch_metric_alarm.refresh.alarm_name, "app-refresh-latency"]
      }
    }
  }
}

resource "aws_route53_health_check" "app" {
  type                            = "CLOUDWATCH_METRIC"
  cloudwatch_alarm_name           = aws_cloudwatch_metric_alarm.health.alarm_name
  cloudwatch_alarm_region         = "eu-central-1"
  insufficient_data_health_status = "Unhealthy"
}

# The health check decides the failover record: the alarm moves DNS.
resource "aws_route53_zone" "app" {
  name = "app.acme-shop.io"
}

resource "aws_route53_record" "app" {
  zone_id         = aws_route53_zone.app.zone_id
  name            = "www.app.acme-shop.io"
  type            = "A"
  ttl             = 60
  records         = ["198.51.100.10"]
  set_identifier  = "primary"
  health_check_id = aws_route53_health_check.app.id
  failover_routing_policy {
    type = "PRIMARY"
  }
}

resource "aws_sns_topic" "oncall" {
  name = "oncall"
}

# The composite alarm pages the on-call (a topic no one subscribes to
# would tell no one, and neither would its members).
resource "aws_sns_topic_subscription" "oncall" {
  topic_arn = aws_sns_topic.oncall.arn
  protocol  = "email"
  endpoint  = "oncall@example.com"
}

resource "aws_cloudwatch_composite_alarm" "app" {
  alarm_name    = "app-degraded"
  alarm_rule    = "ALARM(${aws_cloudwatch_metric_alarm.composed["5xx"].alarm_name}) OR ALARM(${aws_cloudwatch_metric_alarm.composed["latency"].alarm_name})"
  alarm_actions = [aws_sns_topic.oncall.arn]
}

resource "aws_iam_role" "deploy" {
  name               = "codedeploy"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = { Service = "codedeploy.amazonaws.com" }, Action = "sts:AssumeRole" }] })
}

resource "aws_codedeploy_app" "app" {
  name = "app"
}

resource "aws_codedeploy_deployment_group" "app" {
  app_name              = aws_codedeploy_app.app.name
  deployment_group_name = "app"
  service_role_arn      = aws_iam_role.deploy.arn
  autoscaling_groups    = [aws_autoscaling_group.app.name]
  alarm_configuration {
    enabled = true
    alarms  = [aws_cloudwatch_metric_alarm.deploy.alarm_name]
  }
}

resource "aws_codedeploy_deployment_group" "paused" {
  app_name              = aws_codedeploy_app.app.name
  deployment_group_name = "paused"
  service_role_arn      = aws_iam_role.deploy.arn
  alarm_configuration {
    enabled = false
    alarms  = [aws_cloudwatch_metric_alarm.paused.alarm_name]
  }
}

# A module's group rolls its refresh back on `rollback`, named through
# the module's instance_refresh input (a dynamic block inside).
resource "aws_cloudwatch_metric_alarm" "rollback" {
  alarm_name          = "worker-refresh-errors"
  namespace           = local.alarm.namespace
  metric_name         = local.alarm.metric_name
  statistic           = local.alarm.statistic
  period              = local.alarm.period
  evaluation_periods  = local.alarm.evaluation_periods
  threshold           = local.alarm.threshold
  comparison_operator = local.alarm.comparison_operator
}

module "worker" {
  source             = "./modules/asg"
  name               = "worker"
  launch_template_id = aws_launch_template.app.id
  instance_refresh = {
    strategy = "Rolling"
    preferences = {
      auto_rollback       = true
      alarm_specification = { alarms = [aws_cloudwatch_metric_alarm.rollback.id] }
    }
  }
}
