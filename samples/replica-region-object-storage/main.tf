# replica-per-region and regions that keep only object storage. A
# DynamoDB table in eu-west-1 with a replica in eu-west-2. Three more
# regions hold S3 buckets:
# - eu-central-1 keeps only an archive bucket, the destination of the
#   audit logs' cross-region replication, with its settings and the KMS
#   key that encrypts it: a copy of objects, as a backup vault is a copy
#   of backups. No database serves it, so the table owes it no replica (it
#   failed);
# - us-east-1 keeps only CloudFront's certificate and log bucket: no
#   replica owed either (it failed);
# - ap-southeast-1 keeps a reports bucket and the instance that writes
#   it: a workload runs there, and the table has no replica there; it
#   fails;
# - ca-central-1 keeps only a bucket that replication fills with live
#   copies of the documents (STANDARD storage): a region meant to take
#   over, which the table does not reach; it fails.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  region                      = "eu-west-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "dr"
  region                      = "eu-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "archive"
  region                      = "eu-central-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "edge"
  region                      = "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "reports"
  region                      = "ap-southeast-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "standby"
  region                      = "ca-central-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_dynamodb_table" "orders" {
  name             = "orders"
  billing_mode     = "PAY_PER_REQUEST"
  hash_key         = "pk"
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"
  attribute {
    name = "pk"
    type = "S"
  }
  replica {
    region_name = "eu-west-2"
  }
}

# The audit logs, replicated to the archive region.
resource "aws_s3_bucket" "audit" {
  bucket = "orders-audit-logs"
}

resource "aws_s3_bucket_versioning" "audit" {
  bucket = aws_s3_bucket.audit.id
  versioning_configuration { status = "Enabled" }
}

resource "aws_kms_key" "archive" {
  provider    = aws.archive
  description = "audit log archive"
}

resource "aws_s3_bucket" "archive" {
  provider = aws.archive
  bucket   = "orders-audit-logs-archive"
}

resource "aws_s3_bucket_versioning" "archive" {
  provider = aws.archive
  bucket   = aws_s3_bucket.archive.id
  versioning_configuration { status = "Enabled" }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "archive" {
  provider = aws.archive
  bucket   = aws_s3_bucket.archive.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.archive.arn
    }
  }
}

resource "aws_iam_role" "replication" {
  name = "audit-log-replication"
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
      { Effect = "Allow", Action = ["s3:GetReplicationConfiguration", "s3:ListBucket"], Resource = [aws_s3_bucket.audit.arn] },
      { Effect = "Allow", Action = ["s3:GetObjectVersionForReplication"], Resource = ["${aws_s3_bucket.audit.arn}/*"] },
      { Effect = "Allow", Action = ["s3:ReplicateObject", "s3:ReplicateDelete"], Resource = ["${aws_s3_bucket.archive.arn}/*"] },
      { Effect = "Allow", Action = ["kms:Encrypt"], Resource = [aws_kms_key.archive.arn] },
    ]
  })
}

resource "aws_s3_bucket_replication_configuration" "audit" {
  depends_on = [aws_s3_bucket_versioning.audit]
  role       = aws_iam_role.replication.arn
  bucket     = aws_s3_bucket.audit.id
  rule {
    id     = "all"
    status = "Enabled"
    filter {}
    delete_marker_replication { status = "Enabled" }
    destination {
      bucket        = aws_s3_bucket.archive.arn
      storage_class = "GLACIER"
      encryption_configuration {
        replica_kms_key_id = aws_kms_key.archive.arn
      }
    }
  }
}

# CloudFront's certificate and access logs, which live in us-east-1.
resource "aws_acm_certificate" "site" {
  provider          = aws.edge
  domain_name       = "shop.example.org"
  validation_method = "DNS"
}

resource "aws_s3_bucket" "cdn_logs" {
  provider = aws.edge
  bucket   = "orders-cdn-logs"
}

# A reporting workload in ap-southeast-1.
resource "aws_s3_bucket" "reports" {
  provider = aws.reports
  bucket   = "orders-reports-apse1"
}

resource "aws_instance" "reporter" {
  provider      = aws.reports
  ami           = "ami-0a1b2c3d4e5f60718"
  instance_type = "t3.small"
}

# The documents, replicated live to ca-central-1 by the same role.
resource "aws_s3_bucket" "documents" {
  bucket = "orders-documents"
}

resource "aws_s3_bucket_versioning" "documents" {
  bucket = aws_s3_bucket.documents.id
  versioning_configuration { status = "Enabled" }
}

resource "aws_s3_bucket" "documents_standby" {
  provider = aws.standby
  bucket   = "orders-documents-standby"
}

resource "aws_s3_bucket_versioning" "documents_standby" {
  provider = aws.standby
  bucket   = aws_s3_bucket.documents_standby.id
  versioning_configuration { status = "Enabled" }
}

resource "aws_s3_bucket_replication_configuration" "documents" {
  depends_on = [aws_s3_bucket_versioning.documents]
  role       = aws_iam_role.replication.arn
  bucket     = aws_s3_bucket.documents.id
  rule {
    id     = "all"
    status = "Enabled"
    filter {}
    delete_marker_replication { status = "Enabled" }
    destination {
      bucket        = aws_s3_bucket.documents_standby.arn
      storage_class = "STANDARD"
    }
  }
}
