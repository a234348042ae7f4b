# alarms-have-actions' replication-lag on an Aurora PostgreSQL global
# database watched by an alarm on AuroraGlobalDBRPOLag, in the secondary's
# region, with an action (xWalker3139/atlas-multi-region-event-platform).
# RPO lag tells how much committed data a failover may lose; it is the
# metric managed RPO (rds.global_db_rpo) bounds. Aurora also publishes
# AuroraGlobalDBReplicationLag and AuroraGlobalDBProgressLag: an alarm on
# any of the three watches the lag. replication-lag passes (it failed,
# "no alarm on AuroraGlobalDBReplicationLag").
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  alias                       = "primary"
  region                      = "eu-west-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
provider "aws" {
  alias                       = "secondary"
  region                      = "eu-central-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
resource "aws_rds_global_cluster" "this" {
  provider                  = aws.primary
  global_cluster_identifier = "d1-global"
  engine                    = "aurora-postgresql"
  engine_version            = "16.6"
}
resource "aws_rds_cluster" "primary" {
  provider                    = aws.primary
  cluster_identifier          = "d1-primary"
  global_cluster_identifier   = aws_rds_global_cluster.this.id
  engine                      = "aurora-postgresql"
  engine_version              = "16.6"
  master_username             = "admin_user"
  manage_master_user_password = true
  skip_final_snapshot         = true
}
resource "aws_rds_cluster" "secondary" {
  provider                  = aws.secondary
  cluster_identifier        = "d1-secondary"
  global_cluster_identifier = aws_rds_global_cluster.this.id
  engine                    = "aurora-postgresql"
  engine_version            = "16.6"
  skip_final_snapshot       = true
  depends_on                = [aws_rds_cluster.primary]
}
resource "aws_sns_topic" "oncall" {
  provider = aws.secondary
  name     = "d1-oncall"
}
resource "aws_sns_topic_subscription" "oncall" {
  provider  = aws.secondary
  topic_arn = aws_sns_topic.oncall.arn
  protocol  = "email"
  endpoint  = "oncall@d1-team.net"
}
resource "aws_cloudwatch_metric_alarm" "rpo" {
  provider            = aws.secondary
  alarm_name          = "d1-rpo-lag"
  namespace           = "AWS/RDS"
  metric_name         = "AuroraGlobalDBRPOLag"
  statistic           = "Maximum"
  period              = 60
  evaluation_periods  = 2
  threshold           = 1000
  comparison_operator = "GreaterThanThreshold"
  dimensions          = { DBClusterIdentifier = "d1-secondary" }
  alarm_actions       = [aws_sns_topic.oncall.arn]
}
