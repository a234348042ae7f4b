# Alarms whose only action is an SNS topic no one subscribes to. The
# catalog asks for at least one alarm_actions entry, and a topic is one,
# but a topic with no subscription tells no one: the on-call email
# subscription below has count = 0 because oncall_email is empty, the
# shape of a pilot-light design whose failover needs a human paged. The
# alarms on orders_silent and orders_no_email fail; the one on a
# subscribed topic and the one on a topic of another stack (a literal ARN,
# whose subscriptions are not in this plan) pass. An alarm with no
# actions of its own that a composite alarm names is acted on only when
# the composite alarm has actions: orders_composed, in a composite alarm
# with none (its email list empty), fails. orders_failover has no actions
# but an EventBridge rule on its state changes invokes a failover
# function: it passes. orders_cfn's topic is subscribed by a
# CloudFormation stack (AWS::SNS::Subscription), whose template the rule
# does not read: a topic a stack names is not judged silent, and it
# passes. So do orders_exec and orders_hook, whose topics a `local-exec`
# provisioner subscribes with `aws sns subscribe` (on the topic itself,
# and on a terraform_data that names it), the way tesera's uptime module
# subscribes an email address. orders_relay_queue has no actions, but an
# EventBridge rule sends the state changes of every alarm whose name starts
# "orders-relay-" to a pager relay: it passes. orders_drain_* have no
# actions and a composite alarm with none names them, but an EventBridge
# rule on that composite alarm's state changes starts the failover state
# machine: they pass.
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

variable "oncall_email" {
  type    = string
  default = ""
}

resource "aws_sns_topic" "silent" {
  name = "orders-silent"
}

resource "aws_sns_topic" "no_email" {
  name = "orders-no-email"
}

resource "aws_sns_topic_subscription" "no_email" {
  count     = var.oncall_email == "" ? 0 : 1
  topic_arn = aws_sns_topic.no_email.arn
  protocol  = "email"
  endpoint  = var.oncall_email
}

resource "aws_sns_topic" "paged" {
  name = "orders-paged"
}

resource "aws_sns_topic_subscription" "paged" {
  topic_arn = aws_sns_topic.paged.arn
  protocol  = "https"
  endpoint  = "https://events.pagerduty.com/integration/0123456789abcdef/enqueue"
}

resource "aws_cloudwatch_metric_alarm" "orders_silent" {
  alarm_name          = "orders-5xx-silent"
  namespace           = "AWS/ApplicationELB"
  metric_name         = "HTTPCode_Target_5XX_Count"
  statistic           = "Sum"
  period              = 60
  evaluation_periods  = 3
  threshold           = 10
  comparison_operator = "GreaterThanThreshold"
  alarm_actions       = [aws_sns_topic.silent.arn]
}

resource "aws_cloudwatch_metric_alarm" "orders_no_email" {
  alarm_name          = "orders-5xx-no-email"
  namespace           = "AWS/ApplicationELB"
  metric_name         = "HTTPCode_Target_5XX_Count"
  statistic           = "Sum"
  period              = 60
  evaluation_periods  = 3
  threshold           = 10
  comparison_operator = "GreaterThanThreshold"
  alarm_actions       = [aws_sns_topic.no_email.arn]
}

resource "aws_cloudwatch_metric_alarm" "orders_paged" {
  alarm_name          = "orders-5xx-paged"
  namespace           = "AWS/ApplicationELB"
  metric_name         = "HTTPCode_Target_5XX_Count"
  statistic           = "Sum"
  period              = 60
  evaluation_periods  = 3
  threshold           = 10
  comparison_operator = "GreaterThanThreshold"
  alarm_actions       = [aws_sns_topic.paged.arn]
}

resource "aws_cloudwatch_metric_alarm" "orders_shared_topic" {
  alarm_name          = "orders-5xx-shared"
  namespace           = "AWS/ApplicationELB"
  metric_name         = "HTTPCode_Target_5XX_Count"
  statistic           = "Sum"
  period              = 60
  evaluation_periods  = 3
  threshold           = 10
  comparison_operator = "GreaterThanThreshold"
  alarm_actions       = ["arn:aws:sns:us-east-1:123456789012:platform-oncall"]
}

resource "aws_cloudwatch_metric_alarm" "orders_composed" {
  alarm_name          = "orders-latency"
  namespace           = "AWS/ApplicationELB"
  metric_name         = "TargetResponseTime"
  statistic           = "Average"
  period              = 60
  evaluation_periods  = 3
  threshold           = 1
  comparison_operator = "GreaterThanThreshold"
}

resource "aws_cloudwatch_composite_alarm" "orders_slo" {
  alarm_name    = "orders-slo"
  alarm_rule    = "ALARM(${aws_cloudwatch_metric_alarm.orders_composed.alarm_name})"
  alarm_actions = var.oncall_email == "" ? [] : [aws_sns_topic.paged.arn]
}

resource "aws_cloudwatch_metric_alarm" "orders_failover" {
  alarm_name          = "orders-primary-down"
  namespace           = "AWS/ApplicationELB"
  metric_name         = "HealthyHostCount"
  statistic           = "Minimum"
  period              = 60
  evaluation_periods  = 3
  threshold           = 1
  comparison_operator = "LessThanThreshold"
}

resource "aws_cloudwatch_event_rule" "orders_failover" {
  name = "orders-failover"
  event_pattern = jsonencode({
    source        = ["aws.cloudwatch"]
    "detail-type" = ["CloudWatch Alarm State Change"]
    detail = {
      alarmName = [aws_cloudwatch_metric_alarm.orders_failover.alarm_name]
      state     = { value = ["ALARM"] }
    }
  })
}

resource "aws_cloudwatch_event_target" "orders_failover" {
  rule = aws_cloudwatch_event_rule.orders_failover.name
  arn  = "arn:aws:lambda:us-east-1:123456789012:function:orders-failover"
}

resource "aws_sns_topic" "cfn" {
  name = "orders-cfn"
}

resource "aws_cloudformation_stack" "oncall_subscription" {
  name       = "orders-oncall-subscription"
  parameters = { TopicArn = aws_sns_topic.cfn.arn }
  template_body = jsonencode({
    Parameters = { TopicArn = { Type = "String" } }
    Resources = {
      Email = {
        Type       = "AWS::SNS::Subscription"
        Properties = { TopicArn = { Ref = "TopicArn" }, Protocol = "email", Endpoint = "oncall@example.com" }
      }
    }
  })
}

resource "aws_cloudwatch_metric_alarm" "orders_cfn" {
  alarm_name          = "orders-5xx-cfn"
  namespace           = "AWS/ApplicationELB"
  metric_name         = "HTTPCode_Target_5XX_Count"
  statistic           = "Sum"
  period              = 60
  evaluation_periods  = 3
  threshold           = 10
  comparison_operator = "GreaterThanThreshold"
  alarm_actions       = [aws_sns_topic.cfn.arn]
}

resource "aws_sns_topic" "exec" {
  name = "orders-exec"
  provisioner "local-exec" {
    command = "aws sns subscribe --topic-arn ${self.arn} --protocol email --notification-endpoint oncall@example.com"
  }
}

resource "aws_cloudwatch_metric_alarm" "orders_exec" {
  alarm_name          = "orders-5xx-exec"
  namespace           = "AWS/ApplicationELB"
  metric_name         = "HTTPCode_Target_5XX_Count"
  statistic           = "Sum"
  period              = 60
  evaluation_periods  = 3
  threshold           = 10
  comparison_operator = "GreaterThanThreshold"
  alarm_actions       = [aws_sns_topic.exec.arn]
}

resource "aws_sns_topic" "hook" {
  name = "orders-hook"
}

resource "terraform_data" "hook_subscription" {
  input = aws_sns_topic.hook.arn
  provisioner "local-exec" {
    command = "aws sns subscribe --topic-arn ${self.input} --protocol https --notification-endpoint https://pager.example.com/hook"
  }
}

resource "aws_cloudwatch_metric_alarm" "orders_hook" {
  alarm_name          = "orders-5xx-hook"
  namespace           = "AWS/ApplicationELB"
  metric_name         = "HTTPCode_Target_5XX_Count"
  statistic           = "Sum"
  period              = 60
  evaluation_periods  = 3
  threshold           = 10
  comparison_operator = "GreaterThanThreshold"
  alarm_actions       = [aws_sns_topic.hook.arn]
}

resource "aws_cloudwatch_metric_alarm" "orders_relay_queue" {
  alarm_name          = "orders-relay-queue-age"
  namespace           = "AWS/SQS"
  metric_name         = "ApproximateAgeOfOldestMessage"
  statistic           = "Maximum"
  period              = 60
  evaluation_periods  = 5
  threshold           = 600
  comparison_operator = "GreaterThanThreshold"
}

resource "aws_cloudwatch_event_rule" "relay" {
  name = "orders-alarm-relay"
  event_pattern = jsonencode({
    source        = ["aws.cloudwatch"]
    "detail-type" = ["CloudWatch Alarm State Change"]
    detail        = { alarmName = [{ prefix = "orders-relay-" }], state = { value = ["ALARM"] } }
  })
}

resource "aws_cloudwatch_event_target" "relay" {
  rule = aws_cloudwatch_event_rule.relay.name
  arn  = "arn:aws:lambda:us-east-1:123456789012:function:pager-relay"
}

resource "aws_cloudwatch_metric_alarm" "orders_drain_tasks" {
  alarm_name          = "orders-drain-tasks"
  namespace           = "ECS/ContainerInsights"
  metric_name         = "RunningTaskCount"
  statistic           = "Minimum"
  period              = 60
  evaluation_periods  = 3
  threshold           = 1
  comparison_operator = "LessThanThreshold"
}

resource "aws_cloudwatch_metric_alarm" "orders_drain_health" {
  alarm_name          = "orders-drain-health"
  namespace           = "AWS/ApplicationELB"
  metric_name         = "HealthyHostCount"
  statistic           = "Minimum"
  period              = 60
  evaluation_periods  = 3
  threshold           = 1
  comparison_operator = "LessThanThreshold"
}

resource "aws_cloudwatch_composite_alarm" "orders_drain" {
  alarm_name    = "orders-drain"
  alarm_rule    = "ALARM(\"${aws_cloudwatch_metric_alarm.orders_drain_tasks.alarm_name}\") AND ALARM(\"${aws_cloudwatch_metric_alarm.orders_drain_health.alarm_name}\")"
  alarm_actions = []
}

resource "aws_cloudwatch_event_rule" "drain" {
  name = "orders-drain-failover"
  event_pattern = jsonencode({
    source        = ["aws.cloudwatch"]
    "detail-type" = ["CloudWatch Alarm State Change"]
    resources     = [aws_cloudwatch_composite_alarm.orders_drain.arn]
  })
}

resource "aws_cloudwatch_event_target" "drain" {
  rule     = aws_cloudwatch_event_rule.drain.name
  arn      = "arn:aws:states:us-east-1:123456789012:stateMachine:orders-failover"
  role_arn = "arn:aws:iam::123456789012:role/events-failover"
}

# orders_grouped notifies only the silent topic, and a composite alarm
# that names it notifies the silent topic too: it fails, and its message
# names the composite alarm, since a subscription to a topic the
# composite notifies would fix it as well.
resource "aws_cloudwatch_metric_alarm" "orders_grouped" {
  alarm_name          = "orders-latency-grouped"
  namespace           = "AWS/ApplicationELB"
  metric_name         = "TargetResponseTime"
  statistic           = "Average"
  period              = 60
  evaluation_periods  = 3
  threshold           = 2
  comparison_operator = "GreaterThanThreshold"
  alarm_actions       = [aws_sns_topic.silent.arn]
}

resource "aws_cloudwatch_composite_alarm" "orders_health" {
  alarm_name    = "orders-health"
  alarm_rule    = "ALARM(${aws_cloudwatch_metric_alarm.orders_grouped.alarm_name})"
  alarm_actions = [aws_sns_topic.silent.arn]
}
