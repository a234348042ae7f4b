# Flawed copy of the reference design (samples/dr-reference), with the
# defects that reviews of real DR designs found. plangraph should report
# each of them:
# - the secondary Aurora cluster never joins the global database
#   (replica-per-region), and the primary runs another engine version
#   (global-cluster-consistent) with backtrack on (global-cluster-no-backtrack);
# - the secondary's private route table has no route back through the
#   peering connection (peering-routes-wired);
# - S3 replicas are encrypted with the primary region's key
#   (kms-key-per-region), and the replication role has no policy
#   (s3-replication-ready);
# - the hosted zone is under example.com (route53-zone-not-reserved);
# - the secondary HTTPS listener has a placeholder certificate ARN
#   (listener-certificate-valid);
# - the secondary's route tables never got their default routes, so its
#   ALB is in subnets without an internet route (lb-public-subnets) and its
#   health-check Lambda has no egress (private-subnet-egress);
# - the secondary health check watches a port the ALB does not listen on,
#   a CALCULATED check has no children, and the replication check reads
#   missing data as healthy (health-check-meaningful); the PRIMARY record has
#   no health check nor target health (failover-records-health-checked);
# - burstable db.t3.medium in the secondary (db-instance-class), a cold
#   standby with min_size 0 (standby-capacity), a constant AMI id
#   (ami-from-lookup), an alarm without actions (alarms-have-actions), a
#   database port open to the internet (no-open-ingress), a forwarding
#   target without a role (eventbridge-cross-region-policy), and a backup
#   bucket in a third region (allowed-regions, with
#   --param allowed_regions=us-east-1,us-west-2).

locals {
  domain = "dr.example.com"
}

resource "aws_rds_global_cluster" "orders" {
  provider                  = aws.primary
  global_cluster_identifier = "orders"
  engine                    = "aurora-mysql"
  engine_version            = "8.0.mysql_aurora.3.05.2"
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
  engine_version    = "8.0.mysql_aurora.3.04.0"
  backtrack_window  = 72
  domain            = "app.${local.domain}"
  min_size          = 2
  ami_id            = "ami-0c02fb55956c7d316"
  artifact_bucket   = aws_s3_bucket.artifacts.id
}

module "secondary" {
  source            = "./modules/region"
  providers         = { aws = aws.secondary }
  name              = "orders-usw2"
  role              = "secondary"
  cidr              = "10.20.0.0/16"
  azs               = ["us-west-2a", "us-west-2b"]
  global_cluster_id = null
  engine            = aws_rds_global_cluster.orders.engine
  engine_version    = aws_rds_global_cluster.orders.engine_version
  domain            = "app.${local.domain}"
  min_size          = 0
  ami_id            = "ami-0c02fb55956c7d316"
  certificate_arn   = "arn:aws:acm:us-west-2:123456789012:certificate/REPLACE-ME"
  default_routes    = false
  instance_class    = "db.t3.medium"
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
}

# Nightly backups to a third region nobody agreed to.
resource "aws_s3_bucket" "backup" {
  provider = aws.backup
  bucket   = "acme-payments-orders-backup"
}
