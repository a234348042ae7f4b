# terraform/modules/storage/main.tf

# Random suffix for bucket names to ensure uniqueness
locals { offline_bucket_suffix = "0a1b2c3d" } # offline: upstream, lines 4-6:
# resource "random_id" "bucket_suffix" {
#   byte_length = 4 }

# Primary S3 bucket
resource "aws_s3_bucket" "main" {
  bucket = "${var.environment}-dr-platform-${local.offline_bucket_suffix}" # offline: upstream ${random_id.bucket_suffix.hex}

  tags = {
    Name        = "${var.environment}-dr-platform-${local.offline_bucket_suffix}" # offline: upstream ${random_id.bucket_suffix.hex}
    Environment = var.environment
    Project     = "aws-global-dr-platform"
  }
}

# S3 bucket versioning
resource "aws_s3_bucket_versioning" "main" {
  bucket = aws_s3_bucket.main.id
  versioning_configuration {
    status = "Enabled"
  }
}

# S3 bucket server-side encryption
resource "aws_s3_bucket_server_side_encryption_configuration" "main" {
  bucket = aws_s3_bucket.main.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
    bucket_key_enabled = true
  }
}

# S3 bucket public access block
resource "aws_s3_bucket_public_access_block" "main" {
  bucket = aws_s3_bucket.main.id

  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# Cross-region replication configuration (only for primary region)
resource "aws_s3_bucket_replication_configuration" "main" {
  count = var.enable_cross_region_replication && var.destination_bucket_arn != "" ? 1 : 0

  role   = aws_iam_role.replication[0].arn
  bucket = aws_s3_bucket.main.id

  rule {
    id     = "replicate-everything"
    status = "Enabled"

    destination {
      bucket        = var.destination_bucket_arn
      storage_class = "STANDARD_IA"
    }
  }

  depends_on = [aws_s3_bucket_versioning.main]
}

# IAM role for S3 replication (only created when replication is enabled)
resource "aws_iam_role" "replication" {
  count = var.enable_cross_region_replication && var.destination_bucket_arn != "" ? 1 : 0

  name = "${var.environment}-s3-replication-role"

  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Action = "sts:AssumeRole"
        Effect = "Allow"
        Principal = {
          Service = "s3.amazonaws.com"
        }
      }
    ]
  })

  tags = {
    Name        = "${var.environment}-s3-replication-role"
    Environment = var.environment
    Project     = "aws-global-dr-platform"
  }
}

# IAM policy for S3 replication
resource "aws_iam_role_policy" "replication" {
  count = var.enable_cross_region_replication && var.destination_bucket_arn != "" ? 1 : 0

  name = "${var.environment}-s3-replication-policy"
  role = aws_iam_role.replication[0].id

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Action = [
          "s3:GetObjectVersionForReplication",
          "s3:GetObjectVersionAcl",
          "s3:GetObjectVersionTagging"
        ]
        Resource = "${aws_s3_bucket.main.arn}/*"
      },
      {
        Effect = "Allow"
        Action = [
          "s3:ListBucket"
        ]
        Resource = aws_s3_bucket.main.arn
      },
      {
        Effect = "Allow"
        Action = [
          "s3:ReplicateObject",
          "s3:ReplicateDelete",
          "s3:ReplicateTags"
        ]
        Resource = "${var.destination_bucket_arn}/*"
      }
    ]
  })
}

# Lifecycle configuration for cost optimization
resource "aws_s3_bucket_lifecycle_configuration" "main" {
  bucket = aws_s3_bucket.main.id

  rule {
    id     = "lifecycle-rule"
    status = "Enabled"

    filter {
      prefix = ""
    }

    transition {
      days          = 30
      storage_class = "STANDARD_IA"
    }

    transition {
      days          = 60
      storage_class = "GLACIER"
    }

    expiration {
      days = 365
    }

    noncurrent_version_expiration {
      noncurrent_days = 90
    }
  }
}
