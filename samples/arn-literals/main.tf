# Literal ARNs that name planned resources: separate stacks name their peers
# by ARN text, written before AWS has made the ARN. Each literal below is
# the ARN a planned resource will have (its identifier, name or bucket, its
# region), so plangraph links them by a value edge; the ones marked
# "no match" name nothing of the plan (another identifier, another region,
# an object rather than its bucket). Such a replica's source is a database
# outside the plan, a replication group of its own for replica-per-region:
# ledger-old (us-east-1) has its replica in us-west-2 (passes both
# regions); the us-west-2 orders-primary has one in us-west-2 only (fails
# us-east-1).

# RDS: a primary instance and its cross-region replica, named by ARN.
resource "aws_db_instance" "orders" {
  provider                = aws.primary
  identifier              = "orders-primary"
  engine                  = "postgres"
  instance_class          = "db.r6g.large"
  allocated_storage       = 20
  username                = "app"
  password                = "not-a-real-password-1"
  backup_retention_period = 7
  skip_final_snapshot     = true
}

resource "aws_db_instance" "orders_replica" {
  provider            = aws.secondary
  identifier          = "orders-replica"
  instance_class      = "db.r6g.large"
  replicate_source_db = "arn:aws:rds:us-east-1:111122223333:db:orders-primary"
  skip_final_snapshot = true
}

# A primary whose replica names another (older) identifier: no match, so
# the primary has no replica in us-west-2.
resource "aws_db_instance" "ledger" {
  provider                = aws.primary
  identifier              = "ledger-primary"
  engine                  = "postgres"
  instance_class          = "db.r6g.large"
  allocated_storage       = 20
  username                = "app"
  password                = "not-a-real-password-2"
  backup_retention_period = 7
  skip_final_snapshot     = true
}

resource "aws_db_instance" "ledger_replica" {
  provider            = aws.secondary
  identifier          = "ledger-replica"
  instance_class      = "db.r6g.large"
  replicate_source_db = "arn:aws:rds:us-east-1:111122223333:db:ledger-old"
  skip_final_snapshot = true
}

# No match: the right identifier in the wrong region.
resource "aws_db_instance" "wrong_region_replica" {
  provider            = aws.secondary
  identifier          = "orders-replica-2"
  instance_class      = "db.r6g.large"
  replicate_source_db = "arn:aws:rds:us-west-2:111122223333:db:orders-primary"
  skip_final_snapshot = true
}

# RDS clusters: an Aurora cross-region replica cluster.
resource "aws_rds_cluster" "reports" {
  provider            = aws.primary
  cluster_identifier  = "reports-use1"
  engine              = "aurora-postgresql"
  master_username     = "app"
  master_password     = "not-a-real-password-3"
  skip_final_snapshot = true
}

resource "aws_rds_cluster" "reports_replica" {
  provider                      = aws.secondary
  cluster_identifier            = "reports-usw2"
  engine                        = "aurora-postgresql"
  replication_source_identifier = "arn:aws:rds:us-east-1:111122223333:cluster:reports-use1"
  skip_final_snapshot           = true
}

# KMS: a volume that names its key by the alias ARN.
resource "aws_kms_key" "data" {
  provider    = aws.secondary
  description = "data"
}

resource "aws_kms_alias" "data" {
  provider      = aws.secondary
  name          = "alias/orders/data"
  target_key_id = aws_kms_key.data.key_id
}

resource "aws_ebs_volume" "scratch" {
  provider          = aws.secondary
  availability_zone = "us-west-2a"
  size              = 20
  encrypted         = true
  kms_key_id        = "arn:aws:kms:us-west-2:111122223333:alias/orders/data"
}

# S3: a replication rule whose destination is the replica bucket's ARN.
resource "aws_s3_bucket" "exports" {
  provider = aws.primary
  bucket   = "orders-arn-exports-use1"
}

resource "aws_s3_bucket" "exports_replica" {
  provider = aws.secondary
  bucket   = "orders-arn-exports-usw2"
}

resource "aws_iam_role" "replication" {
  provider = aws.primary
  name     = "orders-arn-exports-replication"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "s3.amazonaws.com" } }]
  })
}

resource "aws_s3_bucket_replication_configuration" "exports" {
  provider = aws.primary
  bucket   = aws_s3_bucket.exports.id
  role     = aws_iam_role.replication.arn
  rule {
    id     = "all"
    status = "Enabled"
    destination {
      bucket = "arn:aws:s3:::orders-arn-exports-usw2"
    }
  }
}

# No match: an object ARN is not its bucket.
resource "aws_s3_object" "marker" {
  provider      = aws.primary
  bucket        = "orders-arn-exports-use1"
  key           = "marker"
  content       = "arn:aws:s3:::orders-arn-exports-usw2/marker"
}

# SNS: an alarm that notifies a topic by ARN.
resource "aws_sns_topic" "alerts" {
  provider = aws.primary
  name     = "orders-alerts"
}

resource "aws_cloudwatch_metric_alarm" "cpu" {
  provider            = aws.primary
  alarm_name          = "orders-cpu"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 2
  metric_name         = "CPUUtilization"
  namespace           = "AWS/RDS"
  period              = 60
  statistic           = "Average"
  threshold           = 80
  alarm_actions       = ["arn:aws:sns:us-east-1:111122223333:orders-alerts"]
}

# EventBridge: a rule in us-east-1 that forwards to a bus in us-west-2.
resource "aws_cloudwatch_event_bus" "orders" {
  provider = aws.secondary
  name     = "orders"
}

resource "aws_cloudwatch_event_rule" "forward" {
  provider      = aws.primary
  name          = "orders-forward"
  event_pattern = jsonencode({ source = ["orders"] })
}

resource "aws_cloudwatch_event_target" "forward" {
  provider = aws.primary
  rule     = aws_cloudwatch_event_rule.forward.name
  arn      = "arn:aws:events:us-west-2:111122223333:event-bus/orders"
}

# Load balancers by name: a web ACL association names the ALB's ARN.
resource "aws_lb" "web" {
  provider           = aws.primary
  name               = "orders-web"
  load_balancer_type = "application"
  subnets            = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
}

resource "aws_wafv2_web_acl_association" "web" {
  provider     = aws.primary
  resource_arn = "arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/orders-web/50dc6c495c0c9188"
  web_acl_arn  = "arn:aws:wafv2:us-east-1:111122223333:regional/webacl/orders/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111"
}
