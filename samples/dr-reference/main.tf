# Reference design: a two-region disaster-recovery stack that passes every
# built-in query. us-east-1 is primary, us-west-2 the warm standby. Each
# region is the same module (modules/region) given its provider through
# `providers = {...}`: VPC, ALB with an HTTPS listener, auto scaling,
# Aurora global database member, KMS key, versioned bucket, alarms, a
# scheduled health-check Lambda and an event bus. The root wires the
# regions together: the global database, VPC peering routed both ways,
# Route 53 failover with health checks, S3 replication and cross-region
# EventBridge forwarding.

locals {
  domain = "dr.acme-payments.net"
}

resource "aws_rds_global_cluster" "orders" {
  provider                  = aws.primary
  global_cluster_identifier = "orders"
  engine                    = "aurora-postgresql"
  engine_version            = "15.4"
  storage_encrypted         = true
}

resource "aws_s3_bucket" "artifacts" {
  provider = aws.primary
  bucket   = "acme-payments-artifacts"
}

module "primary" {
  source            = "./modules/region"
  providers         = { aws = aws.primary }
  name              = "orders-use1"
  role              = "primary"
  cidr              = "10.10.0.0/16"
  azs               = ["us-east-1a", "us-east-1b"]
  global_cluster_id = aws_rds_global_cluster.orders.id
  engine            = aws_rds_global_cluster.orders.engine
  engine_version    = aws_rds_global_cluster.orders.engine_version
  domain            = "app.${local.domain}"
  min_size          = 2
  artifact_bucket   = aws_s3_bucket.artifacts.id
}

module "secondary" {
  source            = "./modules/region"
  providers         = { aws = aws.secondary }
  name              = "orders-usw2"
  role              = "secondary"
  cidr              = "10.20.0.0/16"
  azs               = ["us-west-2a", "us-west-2b"]
  global_cluster_id = aws_rds_global_cluster.orders.id
  engine            = aws_rds_global_cluster.orders.engine
  engine_version    = aws_rds_global_cluster.orders.engine_version
  domain            = "app.${local.domain}"
  min_size          = 1
  artifact_bucket   = aws_s3_bucket.artifacts.id
  depends_on        = [module.primary]
}

# A lagging secondary loses that much data on failover: page on it.
resource "aws_cloudwatch_metric_alarm" "replication_lag" {
  provider            = aws.secondary
  alarm_name          = "orders-global-replication-lag"
  namespace           = "AWS/RDS"
  metric_name         = "AuroraGlobalDBReplicationLag"
  dimensions          = { DBClusterIdentifier = module.secondary.cluster_id }
  statistic           = "Maximum"
  period              = 60
  evaluation_periods  = 5
  threshold           = 5000
  comparison_operator = "GreaterThanThreshold"
  alarm_actions       = [module.secondary.alerts_topic_arn]
}
