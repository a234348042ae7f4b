# dr-components-per-region when a tier's only resource is in a region the
# plan does not show: an Aurora global database (us-east-1 primary,
# us-west-2 secondary) with a replication alarm, and an internal load
# balancer on a provider whose region comes from the environment (ENV).
# Placed in one DR region, the load balancer leaves the other without a
# load balancer tier; placed elsewhere, neither needs one. So both DR
# regions are unknown, saying why, never passed; `dns` is unknown too
# (traffic to route may be in a DR region) and `monitoring` passes.
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

# The application's provider: its region from AWS_REGION.
provider "aws" {
  alias                       = "app"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_rds_global_cluster" "orders" {
  global_cluster_identifier = "orders"
  engine                    = "aurora-postgresql"
  engine_version            = "15.4"
}

resource "aws_rds_cluster" "primary" {
  cluster_identifier          = "orders-east"
  engine                      = "aurora-postgresql"
  engine_version              = "15.4"
  global_cluster_identifier   = aws_rds_global_cluster.orders.id
  master_username             = "app"
  manage_master_user_password = true
  skip_final_snapshot         = true
}

resource "aws_rds_cluster" "secondary" {
  provider                  = aws.west
  cluster_identifier        = "orders-west"
  engine                    = "aurora-postgresql"
  engine_version            = "15.4"
  global_cluster_identifier = aws_rds_global_cluster.orders.id
  skip_final_snapshot       = true
  depends_on                = [aws_rds_cluster.primary]
}

resource "aws_lb" "app" {
  provider = aws.app
  name     = "orders-app"
  internal = true
  subnets  = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
}

resource "aws_cloudwatch_metric_alarm" "replication_lag" {
  alarm_name          = "orders-replication-lag"
  namespace           = "AWS/RDS"
  metric_name         = "AuroraGlobalDBReplicationLag"
  dimensions          = { DBClusterIdentifier = aws_rds_cluster.secondary.cluster_identifier }
  comparison_operator = "GreaterThanThreshold"
  threshold           = 60000
  evaluation_periods  = 3
  period              = 60
  statistic           = "Maximum"
  alarm_actions       = ["arn:aws:sns:us-east-1:111122223333:ops"]
}

resource "aws_cloudwatch_metric_alarm" "replication_lag_west" {
  provider            = aws.west
  alarm_name          = "orders-replication-lag-west"
  namespace           = "AWS/RDS"
  metric_name         = "AuroraGlobalDBReplicationLag"
  dimensions          = { DBClusterIdentifier = aws_rds_cluster.secondary.cluster_identifier }
  comparison_operator = "GreaterThanThreshold"
  threshold           = 60000
  evaluation_periods  = 3
  period              = 60
  statistic           = "Maximum"
  alarm_actions       = ["arn:aws:sns:us-west-2:111122223333:ops"]
}
