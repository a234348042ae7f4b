# One environment: a network (three tiers), its DNS, and counted alarms.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws" }
  }
}

variable "name" { type = string }
variable "cidr" { type = string }
variable "domain" { type = string }
variable "topic_arn" { type = string }

variable "alarm_metrics" {
  type    = list(string)
  default = ["CPUUtilization", "NetworkIn", "NetworkOut", "StatusCheckFailed", "DiskReadOps", "DiskWriteOps"]
}

module "network" {
  source = "../network"
  name   = var.name
  cidr   = var.cidr
}

module "dns" {
  source = "../dns"
  name   = var.name
  domain = var.domain
}

resource "aws_cloudwatch_metric_alarm" "metric" {
  count               = length(var.alarm_metrics)
  alarm_name          = "${var.name}-${var.alarm_metrics[count.index]}"
  namespace           = "AWS/EC2"
  metric_name         = var.alarm_metrics[count.index]
  comparison_operator = "GreaterThanThreshold"
  threshold           = 90
  evaluation_periods  = 2
  period              = 300
  statistic           = "Average"
  alarm_actions       = [var.topic_arn]
}
