# Global databases whose members name the global cluster by its identifier
# as a literal string, not by reference (global_cluster_identifier =
# "ledger-global"): plan JSON then holds no reference between them, and
# the global cluster's id is known only after apply. The members still
# join the global cluster of that identifier.
# - Aurora "ledger-global": a member in each region, one engine version,
#   and an alarm on AuroraGlobalDBReplicationLag: replica-per-region and
#   global-cluster-consistent pass (reading no member, they failed both
#   regions and saw nothing to compare).
# - Neptune "graph-global": a member in us-east-1 only, on another engine
#   version than the global cluster's, and no alarm on
#   GlobalDbProgressLag: replica-per-region fails us-west-2,
#   global-cluster-consistent fails, and alarms-have-actions'
#   replication-lag fails for the Neptune metric.

resource "aws_rds_global_cluster" "ledger" {
  provider                  = aws.primary
  global_cluster_identifier = "ledger-global"
  engine                    = "aurora-postgresql"
  engine_version            = "15.4"
}

resource "aws_rds_cluster" "ledger_use1" {
  provider                  = aws.primary
  cluster_identifier        = "ledger-use1"
  global_cluster_identifier = "ledger-global"
  engine                    = "aurora-postgresql"
  engine_version            = "15.4"
  master_username           = "ledger"
  master_password           = "not-a-real-password-3"
  skip_final_snapshot       = true
  depends_on                = [aws_rds_global_cluster.ledger]
}

resource "aws_rds_cluster" "ledger_usw2" {
  provider                  = aws.secondary
  cluster_identifier        = "ledger-usw2"
  global_cluster_identifier = "ledger-global"
  engine                    = "aurora-postgresql"
  engine_version            = "15.4"
  skip_final_snapshot       = true
  depends_on                = [aws_rds_cluster.ledger_use1]
}

resource "aws_sns_topic" "dba" {
  provider = aws.secondary
  name     = "dba-pager"
}

resource "aws_sns_topic_subscription" "dba_oncall" {
  provider  = aws.secondary
  topic_arn = aws_sns_topic.dba.arn
  protocol  = "email"
  endpoint  = "oncall@example.com"
}

resource "aws_cloudwatch_metric_alarm" "ledger_lag" {
  provider            = aws.secondary
  alarm_name          = "ledger-global-lag"
  namespace           = "AWS/RDS"
  metric_name         = "AuroraGlobalDBReplicationLag"
  dimensions          = { DBClusterIdentifier = "ledger-usw2" }
  statistic           = "Maximum"
  period              = 60
  evaluation_periods  = 5
  threshold           = 1000
  comparison_operator = "GreaterThanThreshold"
  alarm_actions       = [aws_sns_topic.dba.arn]
}

resource "aws_neptune_global_cluster" "graph" {
  provider                  = aws.primary
  global_cluster_identifier = "graph-global"
  engine                    = "neptune"
  engine_version            = "1.3.2.1"
}

resource "aws_neptune_cluster" "graph_use1" {
  provider                  = aws.primary
  cluster_identifier        = "graph-use1"
  global_cluster_identifier = "graph-global"
  engine                    = "neptune"
  engine_version            = "1.3.1.0"
  skip_final_snapshot       = true
  depends_on                = [aws_neptune_global_cluster.graph]
}
