# S3 cross-region replication of the export bucket, both ends versioned,
# replicas encrypted with the destination region's key, and a role that
# may read the source and write the destination.

resource "aws_iam_role" "replication" {
  provider = aws.primary
  name     = "orders-exports-replication"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "s3.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_s3_bucket_replication_configuration" "exports" {
  provider = aws.primary
  role     = aws_iam_role.replication.arn
  bucket   = module.primary.bucket_id

  rule {
    id     = "to-standby"
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
      bucket        = module.secondary.bucket_arn
      storage_class = "STANDARD"
      encryption_configuration {
        replica_kms_key_id = module.primary.kms_key_arn
      }
    }
  }

  depends_on = [module.primary, module.secondary]
}
