# alarms-have-actions' replication-lag: Aurora publishes
# AuroraGlobalDBReplicationLag for a secondary cluster, in the secondary's
# region. The only lag alarm here is in us-east-1, beside the primary, so
# it never gets data and a lagging us-west-2 secondary goes unnoticed.
# Before, any alarm on the metric name passed; now the alarm must be in a
# secondary's region (a member's region other than the global cluster's
# own), and this plan fails, naming us-west-2.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}
provider "aws" {
  alias                       = "primary"
  region                      = "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
provider "aws" {
  alias                       = "secondary"
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
resource "aws_rds_global_cluster" "g" {
  provider                  = aws.primary
  global_cluster_identifier = "app-global"
  engine                    = "aurora-postgresql"
  engine_version            = "15.4"
}
resource "aws_rds_cluster" "primary" {
  provider                  = aws.primary
  cluster_identifier        = "app-primary"
  engine                    = aws_rds_global_cluster.g.engine
  engine_version            = aws_rds_global_cluster.g.engine_version
  global_cluster_identifier = aws_rds_global_cluster.g.id
  master_username           = "app"
  master_password     = "example-only-password"
  skip_final_snapshot       = true
}
resource "aws_rds_cluster" "secondary" {
  provider                  = aws.secondary
  cluster_identifier        = "app-secondary"
  engine                    = aws_rds_global_cluster.g.engine
  engine_version            = aws_rds_global_cluster.g.engine_version
  global_cluster_identifier = aws_rds_global_cluster.g.id
  skip_final_snapshot       = true
  depends_on                = [aws_rds_cluster.primary]
}
resource "aws_sns_topic" "ops" {
  provider = aws.primary
  name     = "ops"
}

resource "aws_sns_topic_subscription" "ops_oncall" {
  provider  = aws.primary
  topic_arn = aws_sns_topic.ops.arn
  protocol  = "email"
  endpoint  = "oncall@example.com"
}
# The lag metric is published for the SECONDARY cluster, in the secondary's region.
# This alarm lives in us-east-1 and names the primary cluster: it never gets data.
resource "aws_cloudwatch_metric_alarm" "lag" {
  provider            = aws.primary
  alarm_name          = "global-db-lag"
  namespace           = "AWS/RDS"
  metric_name         = "AuroraGlobalDBReplicationLag"
  statistic           = "Maximum"
  period              = 60
  evaluation_periods  = 5
  threshold           = 1000
  comparison_operator = "GreaterThanThreshold"
  dimensions          = { DBClusterIdentifier = aws_rds_cluster.primary.cluster_identifier }
  alarm_actions       = [aws_sns_topic.ops.arn]
}
