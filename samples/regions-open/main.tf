# regions-open: an Aurora global database whose providers take their
# regions from local values, so the plan shows none. Its secondary names
# the primary's cluster parameter group, which fails at apply if the two
# providers are in different regions, as a global database's members are.
# From the plan alone that is undecided, not a skip: same-region-refs
# reports the secondary unknown (the primary's own group shares its
# provider, so passes); replica-per-region reports the database unknown.

resource "aws_rds_cluster_parameter_group" "orders" {
  provider = aws.primary
  name     = "orders-aurora-pg15"
  family   = "aurora-postgresql15"
}

resource "aws_rds_global_cluster" "orders" {
  provider                  = aws.primary
  global_cluster_identifier = "orders"
  engine                    = "aurora-postgresql"
  engine_version            = "15.4"
}

resource "aws_rds_cluster" "primary" {
  provider                        = aws.primary
  cluster_identifier              = "orders-primary"
  engine                          = aws_rds_global_cluster.orders.engine
  engine_version                  = aws_rds_global_cluster.orders.engine_version
  global_cluster_identifier       = aws_rds_global_cluster.orders.id
  db_cluster_parameter_group_name = aws_rds_cluster_parameter_group.orders.name
  master_username                 = "orders"
  manage_master_user_password     = true
  skip_final_snapshot             = true
}

resource "aws_rds_cluster" "secondary" {
  provider                        = aws.secondary
  cluster_identifier              = "orders-secondary"
  engine                          = aws_rds_global_cluster.orders.engine
  engine_version                  = aws_rds_global_cluster.orders.engine_version
  global_cluster_identifier       = aws_rds_global_cluster.orders.id
  db_cluster_parameter_group_name = aws_rds_cluster_parameter_group.orders.name
  skip_final_snapshot             = true
  depends_on                      = [aws_rds_cluster.primary]
}
