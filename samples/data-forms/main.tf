# Database and image queries (global-cluster-no-backtrack,
# global-cluster-consistent, db-instance-class, ami-from-lookup) on the
# forms a plan takes: members in two regions through provider aliases, a
# global cluster made from an existing cluster, a literal global cluster
# id, count and for_each instances, values known only after apply, and
# resources the plan deletes (terraform.tfstate holds a burstable database
# the configuration no longer has). Each resource's comment says what the
# queries should find.

data "aws_ssm_parameter" "tuning" {
  provider   = aws.primary
  name       = "/db/tuning"
  depends_on = [aws_rds_global_cluster.sales]
}

# global-cluster-consistent fails: sales_b runs another version.
resource "aws_rds_global_cluster" "sales" {
  provider                  = aws.primary
  global_cluster_identifier = "sales"
  engine                    = "aurora-mysql"
  engine_version            = "8.0.mysql_aurora.3.05.2"
}

# global-cluster-no-backtrack passes (no backtrack).
resource "aws_rds_cluster" "sales_a" {
  provider                  = aws.primary
  cluster_identifier        = "sales-a"
  global_cluster_identifier = aws_rds_global_cluster.sales.id
  engine                    = aws_rds_global_cluster.sales.engine
  engine_version            = aws_rds_global_cluster.sales.engine_version
  master_username           = "sales"
  manage_master_user_password = true
  skip_final_snapshot       = true
}

# global-cluster-no-backtrack fails (backtrack 24 h).
resource "aws_rds_cluster" "sales_b" {
  provider                  = aws.secondary
  cluster_identifier        = "sales-b"
  global_cluster_identifier = aws_rds_global_cluster.sales.id
  engine                    = "aurora-mysql"
  engine_version            = "8.0.mysql_aurora.3.04.1"
  backtrack_window          = 86400
  skip_final_snapshot       = true
}

# global-cluster-consistent passes: a global cluster made from the existing
# cluster "ledger" in us-east-1, joined by a member in eu-west-1.
resource "aws_rds_cluster" "ledger" {
  provider            = aws.primary
  cluster_identifier  = "ledger"
  engine              = "aurora-postgresql"
  engine_version      = "15.4"
  master_username     = "ledger"
  manage_master_user_password = true
  skip_final_snapshot = true
}

resource "aws_rds_global_cluster" "ledger" {
  provider                     = aws.primary
  global_cluster_identifier    = "ledger"
  source_db_cluster_identifier = aws_rds_cluster.ledger.arn
  force_destroy                = true
}

resource "aws_rds_cluster" "ledger_eu" {
  provider                  = aws.secondary
  cluster_identifier        = "ledger-eu"
  global_cluster_identifier = aws_rds_global_cluster.ledger.id
  engine                    = "aurora-postgresql"
  engine_version            = "15.4"
  skip_final_snapshot       = true
}

# global-cluster-no-backtrack undecided: joins a global cluster managed
# elsewhere (literal id) with a window read at apply.
resource "aws_rds_cluster" "reports" {
  provider                  = aws.primary
  cluster_identifier        = "reports"
  global_cluster_identifier = "reports-global"
  engine                    = "aurora-mysql"
  backtrack_window          = tonumber(data.aws_ssm_parameter.tuning.insecure_value)
  skip_final_snapshot       = true
}

# db-instance-class: count [0] passes, [1] fails (db.t4g.micro).
resource "aws_db_instance" "app" {
  count               = 2
  provider            = aws.primary
  identifier          = "app-${count.index}"
  engine              = "postgres"
  instance_class      = ["db.r6g.large", "db.t4g.micro"][count.index]
  allocated_storage   = 20
  username            = "app"
  manage_master_user_password = true
  skip_final_snapshot = true
}

# db-instance-class: for_each, "writer" passes, "reader" fails.
resource "aws_rds_cluster_instance" "sales" {
  for_each           = { writer = "db.r6g.xlarge", reader = "db.t3.medium" }
  provider           = aws.primary
  identifier         = "sales-${each.key}"
  cluster_identifier = aws_rds_cluster.sales_a.id
  engine             = "aurora-mysql"
  instance_class     = each.value
}

# db-instance-class passes: a Multi-AZ DB cluster on a fixed class.
resource "aws_rds_cluster" "orders_maz" {
  provider                  = aws.primary
  cluster_identifier        = "orders-maz"
  engine                    = "postgres"
  db_cluster_instance_class = "db.m6gd.large"
  storage_type              = "io1"
  allocated_storage         = 100
  iops                      = 1000
  master_username           = "orders"
  manage_master_user_password = true
  skip_final_snapshot       = true
}

# db-instance-class undecided: the class is read at apply.
resource "aws_rds_cluster_instance" "tuned" {
  provider           = aws.primary
  identifier         = "tuned"
  cluster_identifier = aws_rds_cluster.ledger.id
  engine             = "aurora-postgresql"
  instance_class     = data.aws_ssm_parameter.tuning.insecure_value
}
