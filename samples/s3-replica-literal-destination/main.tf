# S3 replication to a bucket outside the plan, named by a literal ARN
# (arn:aws:s3:::NAME holds no region), from sources named by
# bucket_prefix (their names known only after apply):
# - kms-key-per-region: certs' replica key is of eu-west-2, the source's
#   region; whether that is the destination's region the plan cannot
#   tell, so the rule is undecided (it passed, and so did a key of any
#   region);
# - s3-replication-ready: certs' destination name does not start with its
#   source's prefix, so it is another bucket: certs passes (it was
#   undecided, "aws_s3_bucket.certs arn is known only after apply"); logs'
#   destination starts with its source's prefix and may be the source
#   itself, so logs stays undecided.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  region                      = "eu-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_iam_role" "replication" {
  name = "replication"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "s3.amazonaws.com" } }]
  })
}

resource "aws_iam_role_policy" "replication" {
  role = aws_iam_role.replication.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = ["s3:GetReplicationConfiguration", "s3:ListBucket"], Resource = [aws_s3_bucket.certs.arn, aws_s3_bucket.logs.arn] },
      { Effect = "Allow", Action = ["s3:GetObjectVersionForReplication", "s3:GetObjectVersionAcl", "s3:GetObjectVersionTagging"], Resource = ["${aws_s3_bucket.certs.arn}/*", "${aws_s3_bucket.logs.arn}/*"] },
      { Effect = "Allow", Action = ["s3:ReplicateObject", "s3:ReplicateDelete", "s3:ReplicateTags"], Resource = ["arn:aws:s3:::frontend-cert-dublin-1/*", "arn:aws:s3:::logs-archive/*"] },
      { Effect = "Allow", Action = ["kms:Decrypt", "kms:Encrypt"], Resource = ["*"] },
    ]
  })
}

resource "aws_s3_bucket" "certs" {
  bucket_prefix = "frontend-cert-london-"
}

resource "aws_s3_bucket_versioning" "certs" {
  bucket = aws_s3_bucket.certs.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_replication_configuration" "certs" {
  depends_on = [aws_s3_bucket_versioning.certs]
  role       = aws_iam_role.replication.arn
  bucket     = aws_s3_bucket.certs.id
  rule {
    id     = "certs"
    status = "Enabled"
    filter {
      prefix = "trusted_certificates/"
    }
    source_selection_criteria {
      sse_kms_encrypted_objects {
        status = "Enabled"
      }
    }
    delete_marker_replication {
      status = "Enabled"
    }
    destination {
      bucket        = "arn:aws:s3:::frontend-cert-dublin-1"
      storage_class = "STANDARD"
      encryption_configuration {
        replica_kms_key_id = "arn:aws:kms:eu-west-2:123456789012:key/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b"
      }
    }
  }
}

resource "aws_s3_bucket" "logs" {
  bucket_prefix = "logs-"
}

resource "aws_s3_bucket_versioning" "logs" {
  bucket = aws_s3_bucket.logs.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_replication_configuration" "logs" {
  depends_on = [aws_s3_bucket_versioning.logs]
  role       = aws_iam_role.replication.arn
  bucket     = aws_s3_bucket.logs.id
  rule {
    id     = "logs"
    status = "Enabled"
    filter {}
    delete_marker_replication {
      status = "Disabled"
    }
    destination {
      bucket = "arn:aws:s3:::logs-archive"
    }
  }
}
