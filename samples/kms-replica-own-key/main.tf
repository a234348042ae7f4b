# kms-key-per-region on encrypted cross-region read replicas. A replica in
# another region than its source cannot use the source's key, and AWS
# creates an encrypted cross-region replica only with a kms_key_id of its
# own region. The us-west-2 instance replica that names none fails as its
# own subject, although us-west-2 holds a key, as do the Aurora replica
# cluster whose source is a literal ARN of us-east-1 and the instance
# replica that leaves storage_encrypted unset (its source is encrypted, so
# AWS encrypts it). The instance replica that names a key of us-west-2
# passes, and so does the same-region replica, which may inherit its
# source's key.

resource "aws_kms_key" "east" {
  description = "orders data, us-east-1"
}

resource "aws_db_instance" "orders" {
  identifier                  = "orders"
  engine                      = "postgres"
  engine_version              = "16.3"
  instance_class              = "db.r6g.large"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  kms_key_id                  = aws_kms_key.east.arn
  backup_retention_period     = 7
  skip_final_snapshot         = true
}

resource "aws_db_instance" "orders_local_replica" {
  identifier          = "orders-local-replica"
  replicate_source_db = aws_db_instance.orders.identifier
  instance_class      = "db.r6g.large"
  storage_encrypted   = true
  skip_final_snapshot = true
}

resource "aws_db_instance" "orders_west_no_key" {
  provider            = aws.dr
  identifier          = "orders-west-a"
  replicate_source_db = aws_db_instance.orders.arn
  instance_class      = "db.r6g.large"
  storage_encrypted   = true
  skip_final_snapshot = true
}

resource "aws_kms_key" "west" {
  provider    = aws.dr
  description = "orders replica, us-west-2"
}

resource "aws_db_instance" "orders_west_keyed" {
  provider            = aws.dr
  identifier          = "orders-west-b"
  replicate_source_db = aws_db_instance.orders.arn
  instance_class      = "db.r6g.large"
  storage_encrypted   = true
  kms_key_id          = aws_kms_key.west.arn
  skip_final_snapshot = true
}

resource "aws_rds_cluster" "ledger_west" {
  provider                      = aws.dr
  cluster_identifier            = "ledger-west"
  engine                        = "aurora-postgresql"
  replication_source_identifier = "arn:aws:rds:us-east-1:123456789012:cluster:ledger"
  storage_encrypted             = true
  skip_final_snapshot           = true
}

# An instance replica leaves storage_encrypted unset, as terraform's
# docs for a replica do: its source is encrypted, so AWS encrypts it,
# and it names no key of us-west-2.
resource "aws_db_instance" "orders_west_inherits" {
  provider            = aws.dr
  identifier          = "orders-west-c"
  replicate_source_db = aws_db_instance.orders.arn
  instance_class      = "db.r6g.large"
  skip_final_snapshot = true
}
