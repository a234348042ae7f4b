# kms-key-per-region, failing: the only customer-managed key is in
# us-east-1. The eu-west-1 Aurora secondary names that key, a second
# eu-west-1 member of the encrypted global database names none, and an
# encrypted EBS volume in eu-west-1 has no key of its region to use.

resource "aws_kms_key" "main" {
  provider    = aws.primary
  description = "orders"
}

resource "aws_rds_global_cluster" "orders" {
  provider                  = aws.primary
  global_cluster_identifier = "orders"
  engine                    = "aurora-postgresql"
  engine_version            = "15.4"
  storage_encrypted         = true
}

resource "aws_rds_cluster" "primary" {
  provider                  = aws.primary
  cluster_identifier        = "orders-use1"
  engine                    = "aurora-postgresql"
  engine_version            = "15.4"
  global_cluster_identifier = aws_rds_global_cluster.orders.id
  master_username           = "app"
  master_password           = "not-a-real-password-1"
  storage_encrypted         = true
  kms_key_id                = aws_kms_key.main.arn
  skip_final_snapshot       = true
}

resource "aws_rds_cluster" "secondary" {
  provider                  = aws.secondary
  cluster_identifier        = "orders-euw1"
  engine                    = "aurora-postgresql"
  engine_version            = "15.4"
  global_cluster_identifier = aws_rds_global_cluster.orders.id
  storage_encrypted         = true
  kms_key_id                = aws_kms_key.main.arn
  skip_final_snapshot       = true
  depends_on                = [aws_rds_cluster.primary]
}

resource "aws_rds_cluster" "secondary_b" {
  provider                  = aws.secondary
  cluster_identifier        = "orders-euw1-b"
  engine                    = "aurora-postgresql"
  engine_version            = "15.4"
  global_cluster_identifier = aws_rds_global_cluster.orders.id
  skip_final_snapshot       = true
  depends_on                = [aws_rds_cluster.primary]
}

resource "aws_ebs_volume" "scratch" {
  provider          = aws.secondary
  availability_zone = "eu-west-1a"
  size              = 20
  encrypted         = true
}
