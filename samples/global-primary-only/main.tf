# alarms-have-actions, replication-lag undecided: a configuration of one
# region (us-east-1) that makes an Aurora global cluster and its primary
# only, as a module does that adds each secondary with a deployment of its
# own. Only a secondary publishes AuroraGlobalDBReplicationLag, in its own
# region, so the lag alarm belongs with the configuration that makes the
# secondary, which this plan does not show: neither pass nor fail. The
# primary's CPU alarm notifies a subscribed topic and passes.

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

resource "aws_rds_global_cluster" "app" {
  global_cluster_identifier = "app"
  engine                    = "aurora-postgresql"
  engine_version            = "15.4"
}

resource "aws_rds_cluster" "primary" {
  cluster_identifier        = "app-use1"
  engine                    = aws_rds_global_cluster.app.engine
  engine_version            = aws_rds_global_cluster.app.engine_version
  global_cluster_identifier = aws_rds_global_cluster.app.id
  master_username           = "app"
  master_password           = "not-a-real-password"
  skip_final_snapshot       = true
}

resource "aws_rds_cluster_instance" "primary" {
  identifier         = "app-use1-1"
  cluster_identifier = aws_rds_cluster.primary.id
  engine             = aws_rds_cluster.primary.engine
  engine_version     = aws_rds_cluster.primary.engine_version
  instance_class     = "db.r6g.large"
}

resource "aws_sns_topic" "oncall" {
  name = "oncall"
}

resource "aws_sns_topic_subscription" "oncall" {
  topic_arn = aws_sns_topic.oncall.arn
  protocol  = "email"
  endpoint  = "oncall@example.com"
}

resource "aws_cloudwatch_metric_alarm" "primary_cpu" {
  alarm_name          = "app-use1-cpu"
  namespace           = "AWS/RDS"
  metric_name         = "CPUUtilization"
  dimensions          = { DBClusterIdentifier = aws_rds_cluster.primary.id }
  statistic           = "Average"
  period              = 60
  evaluation_periods  = 5
  threshold           = 80
  comparison_operator = "GreaterThanThreshold"
  alarm_actions       = [aws_sns_topic.oncall.arn]
}
