# A replication module in the usual style: the encryption block is dynamic.
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", configuration_aliases = [aws.dst] }
  }
}

variable "replica_kms_key_id" { type = string }
variable "role_arn" { type = string }

resource "aws_s3_bucket" "src" {
  bucket = "orders-src-example"
}

resource "aws_s3_bucket_versioning" "src" {
  bucket = aws_s3_bucket.src.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket" "dst" {
  provider = aws.dst
  bucket   = "orders-dst-example"
}

resource "aws_s3_bucket_versioning" "dst" {
  provider = aws.dst
  bucket   = aws_s3_bucket.dst.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_replication_configuration" "this" {
  depends_on = [aws_s3_bucket_versioning.src]
  role       = var.role_arn
  bucket     = aws_s3_bucket.src.id

  rule {
    id     = "all"
    status = "Enabled"
    filter {}

    delete_marker_replication {
      status = "Disabled"
    }

    source_selection_criteria {
      sse_kms_encrypted_objects {
        status = "Enabled"
      }
    }

    destination {
      bucket = aws_s3_bucket.dst.arn
      dynamic "encryption_configuration" {
        for_each = [1]
        content {
          replica_kms_key_id = var.replica_kms_key_id
        }
      }
    }
  }
}
