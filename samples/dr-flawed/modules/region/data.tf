# The region's data: a customer-managed KMS key, this region's member of
# the Aurora global database (the primary holds the master user; the
# secondary joins with its own key), and a versioned, KMS-encrypted bucket.

resource "aws_kms_key" "data" {
  description         = "${var.name} data at rest"
  enable_key_rotation = true
}

resource "aws_db_subnet_group" "db" {
  name       = "${var.name}-db"
  subnet_ids = aws_subnet.private[*].id
}

resource "aws_rds_cluster" "db" {
  cluster_identifier          = "${var.name}-db"
  global_cluster_identifier   = var.global_cluster_id
  engine                      = var.engine
  engine_version              = var.engine_version
  master_username             = var.role == "primary" ? "orders" : null
  manage_master_user_password = var.role == "primary" ? true : null
  db_subnet_group_name        = aws_db_subnet_group.db.name
  vpc_security_group_ids      = [aws_security_group.db.id]
  backtrack_window            = var.backtrack_window
  storage_encrypted           = true
  kms_key_id                  = aws_kms_key.data.arn
  skip_final_snapshot         = true
}

resource "aws_rds_cluster_instance" "db" {
  count              = 2
  identifier         = "${var.name}-db-${count.index}"
  cluster_identifier = aws_rds_cluster.db.id
  engine             = var.engine
  engine_version     = var.engine_version
  instance_class     = var.instance_class
}

resource "aws_s3_bucket" "exports" {
  bucket = "${var.name}-exports"
}

resource "aws_s3_bucket_versioning" "exports" {
  bucket = aws_s3_bucket.exports.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "exports" {
  bucket = aws_s3_bucket.exports.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.data.arn
    }
  }
}
