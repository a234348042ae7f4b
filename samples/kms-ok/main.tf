# kms-key-per-region, passing: a multi-region key in us-east-1 with a replica
# key in eu-west-1; both Aurora members of the encrypted global database name
# the key of their own region; an EBS volume in eu-west-1 names its key by a
# literal ARN of that region; S3 replication encrypts replicas with the
# destination region's key.

resource "aws_kms_key" "main" {
  provider     = aws.primary
  description  = "orders"
  multi_region = true
}

resource "aws_kms_replica_key" "main" {
  provider        = aws.secondary
  primary_key_arn = aws_kms_key.main.arn
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
  kms_key_id                = aws_kms_replica_key.main.arn
  skip_final_snapshot       = true
  depends_on                = [aws_rds_cluster.primary]
}

resource "aws_ebs_volume" "scratch" {
  provider          = aws.secondary
  availability_zone = "eu-west-1a"
  size              = 20
  encrypted         = true
  kms_key_id        = "arn:aws:kms:eu-west-1:111122223333:key/0a1b2c3d-1111-2222-3333-444455556666"
}

resource "aws_s3_bucket" "source" {
  provider = aws.primary
  bucket   = "orders-exports-use1"
}

resource "aws_s3_bucket" "replica" {
  provider = aws.secondary
  bucket   = "orders-exports-euw1"
}

resource "aws_iam_role" "replication" {
  provider = aws.primary
  name     = "orders-exports-replication"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "s3.amazonaws.com" } }]
  })
}

resource "aws_s3_bucket_replication_configuration" "exports" {
  provider = aws.primary
  bucket   = aws_s3_bucket.source.id
  role     = aws_iam_role.replication.arn

  rule {
    id     = "all"
    status = "Enabled"

    source_selection_criteria {
      sse_kms_encrypted_objects {
        status = "Enabled"
      }
    }

    destination {
      bucket = aws_s3_bucket.replica.arn
      encryption_configuration {
        replica_kms_key_id = aws_kms_replica_key.main.arn
      }
    }
  }
}
