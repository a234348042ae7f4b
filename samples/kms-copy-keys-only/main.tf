# kms-key-per-region where the primary region keeps its data under
# AWS-managed keys and only the disaster-recovery copies use a
# customer-managed key, of the copies' region: an EFS file system encrypted
# with aws/elasticfilesystem, replicated to us-west-2 under a us-west-2
# key; a bucket with SSE-S3 whose replication rule re-encrypts KMS objects
# into the us-west-2 bucket under the same key; a secret under
# aws/secretsmanager whose replica uses that key. us-east-1 holds no data
# under a key it lacks (not a subject); us-west-2 holds the copies and its
# key (passes). The replication configuration, the EFS replication and the
# secret name the us-west-2 key for their copies, where it belongs (pass).

resource "aws_kms_key" "dr" {
  provider    = aws.secondary
  description = "disaster-recovery copies, us-west-2"
}

resource "aws_efs_file_system" "shared" {
  provider  = aws.primary
  encrypted = true
}

resource "aws_efs_replication_configuration" "shared" {
  provider              = aws.primary
  source_file_system_id = aws_efs_file_system.shared.id

  destination {
    region     = "us-west-2"
    kms_key_id = aws_kms_key.dr.arn
  }
}

resource "aws_secretsmanager_secret" "db" {
  provider = aws.primary
  name     = "app/db"

  replica {
    region     = "us-west-2"
    kms_key_id = aws_kms_key.dr.arn
  }
}

resource "aws_s3_bucket" "source" {
  provider = aws.primary
  bucket   = "example-assets-use1"
}

resource "aws_s3_bucket" "replica" {
  provider = aws.secondary
  bucket   = "example-assets-usw2"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "source" {
  provider = aws.primary
  bucket   = aws_s3_bucket.source.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_versioning" "source" {
  provider = aws.primary
  bucket   = aws_s3_bucket.source.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_versioning" "replica" {
  provider = aws.secondary
  bucket   = aws_s3_bucket.replica.id
  versioning_configuration {
    status = "Enabled"
  }
}

data "aws_iam_policy_document" "assume" {
  provider = aws.primary
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["s3.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "replication" {
  provider           = aws.primary
  name               = "assets-replication"
  assume_role_policy = data.aws_iam_policy_document.assume.json
}

resource "aws_iam_role_policy" "replication" {
  provider = aws.primary
  name     = "assets-replication"
  role     = aws_iam_role.replication.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["s3:GetReplicationConfiguration", "s3:ListBucket"]
        Resource = [aws_s3_bucket.source.arn]
      },
      {
        Effect   = "Allow"
        Action   = ["s3:GetObjectVersionForReplication", "s3:GetObjectVersionAcl", "s3:GetObjectVersionTagging"]
        Resource = ["${aws_s3_bucket.source.arn}/*"]
      },
      {
        Effect   = "Allow"
        Action   = ["s3:ReplicateObject", "s3:ReplicateDelete", "s3:ReplicateTags"]
        Resource = ["${aws_s3_bucket.replica.arn}/*"]
      },
      {
        Effect   = "Allow"
        Action   = ["kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey"]
        Resource = ["*"]
      },
    ]
  })
}

resource "aws_s3_bucket_replication_configuration" "source" {
  provider   = aws.primary
  depends_on = [aws_s3_bucket_versioning.source, aws_s3_bucket_versioning.replica]
  role       = aws_iam_role.replication.arn
  bucket     = aws_s3_bucket.source.id

  rule {
    id     = "all"
    status = "Enabled"
    filter {}
    delete_marker_replication {
      status = "Enabled"
    }
    source_selection_criteria {
      sse_kms_encrypted_objects {
        status = "Enabled"
      }
    }
    destination {
      bucket = aws_s3_bucket.replica.arn
      encryption_configuration {
        replica_kms_key_id = aws_kms_key.dr.arn
      }
    }
  }
}
