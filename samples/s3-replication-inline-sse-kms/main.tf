# s3-replication-ready on buckets that set default encryption with the
# bucket's own (deprecated) server_side_encryption_configuration block, as
# code written for provider 3.x and terraform-aws-modules/s3-bucket 2.x
# does. S3 replicates an SSE-KMS object only when a rule opts in
# (sse_kms_encrypted_objects), and then requires a replica key. Each
# bucket is versioned, encrypted with aws:kms by default, and replicated by
# a role allowed everything it needs:
# - "orders" is replicated by an aws_s3_bucket_replication_configuration
#   with no opt-in: S3 copies none of its objects; it fails (it passed);
# - "ledger" replicates with its own inline replication_configuration,
#   with no opt-in: it fails (it passed);
# - "audit" opts in inline but names no replica_kms_key_id: S3 rejects
#   it; it fails (it passed);
# - "events" opts in inline and names a key of the destination's region:
#   it passes;
# - "plain" is encrypted with SSE-S3 (AES256) and does not opt in: S3
#   replicates its objects; it passes.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  region                      = "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "dr"
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_kms_key" "src" {
  description = "source buckets' key"
}

resource "aws_kms_key" "dst" {
  provider    = aws.dr
  description = "replicas' key"
}

resource "aws_s3_bucket" "dst" {
  provider = aws.dr
  bucket   = "replicas-west"
  versioning {
    enabled = true
  }
}

resource "aws_iam_role" "crr" {
  name = "replication"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "s3.amazonaws.com" } }]
  })
}

resource "aws_iam_role_policy" "crr" {
  role = aws_iam_role.crr.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = ["s3:GetReplicationConfiguration", "s3:ListBucket"], Resource = "arn:aws:s3:::*" },
      { Effect = "Allow", Action = ["s3:GetObjectVersionForReplication", "s3:GetObjectVersionAcl"], Resource = "arn:aws:s3:::*/*" },
      { Effect = "Allow", Action = ["s3:ReplicateObject", "s3:ReplicateDelete"], Resource = "${aws_s3_bucket.dst.arn}/*" },
      { Effect = "Allow", Action = ["kms:Decrypt"], Resource = aws_kms_key.src.arn },
      { Effect = "Allow", Action = ["kms:Encrypt"], Resource = aws_kms_key.dst.arn },
    ]
  })
}

# Replicated by a separate configuration resource.
resource "aws_s3_bucket" "orders" {
  bucket = "orders-east"
  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm     = "aws:kms"
        kms_master_key_id = aws_kms_key.src.arn
      }
    }
  }
}

resource "aws_s3_bucket_versioning" "orders" {
  bucket = aws_s3_bucket.orders.id
  versioning_configuration { status = "Enabled" }
}

resource "aws_s3_bucket_replication_configuration" "orders" {
  depends_on = [aws_s3_bucket_versioning.orders]
  bucket     = aws_s3_bucket.orders.id
  role       = aws_iam_role.crr.arn
  rule {
    id     = "all"
    status = "Enabled"
    filter {}
    delete_marker_replication { status = "Disabled" }
    destination {
      bucket = aws_s3_bucket.dst.arn
    }
  }
}

# Replicated inline.
resource "aws_s3_bucket" "ledger" {
  bucket = "ledger-east"
  versioning {
    enabled = true
  }
  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm     = "aws:kms"
        kms_master_key_id = aws_kms_key.src.arn
      }
    }
  }
  replication_configuration {
    role = aws_iam_role.crr.arn
    rules {
      id     = "all"
      status = "Enabled"
      destination {
        bucket = aws_s3_bucket.dst.arn
      }
    }
  }
}

resource "aws_s3_bucket" "audit" {
  bucket = "audit-east"
  versioning {
    enabled = true
  }
  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm     = "aws:kms"
        kms_master_key_id = aws_kms_key.src.arn
      }
    }
  }
  replication_configuration {
    role = aws_iam_role.crr.arn
    rules {
      id     = "all"
      status = "Enabled"
      source_selection_criteria {
        sse_kms_encrypted_objects {
          enabled = true
        }
      }
      destination {
        bucket = aws_s3_bucket.dst.arn
      }
    }
  }
}

resource "aws_s3_bucket" "events" {
  bucket = "events-east"
  versioning {
    enabled = true
  }
  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm     = "aws:kms"
        kms_master_key_id = aws_kms_key.src.arn
      }
    }
  }
  replication_configuration {
    role = aws_iam_role.crr.arn
    rules {
      id     = "all"
      status = "Enabled"
      source_selection_criteria {
        sse_kms_encrypted_objects {
          enabled = true
        }
      }
      destination {
        bucket             = aws_s3_bucket.dst.arn
        replica_kms_key_id = aws_kms_key.dst.arn
      }
    }
  }
}

resource "aws_s3_bucket" "plain" {
  bucket = "plain-east"
  versioning {
    enabled = true
  }
  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm = "AES256"
      }
    }
  }
  replication_configuration {
    role = aws_iam_role.crr.arn
    rules {
      id     = "all"
      status = "Enabled"
      destination {
        bucket = aws_s3_bucket.dst.arn
      }
    }
  }
}
