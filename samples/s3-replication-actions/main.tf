# s3-replication-ready on what the replication role may do. S3 replicates
# as the role: it must read the source's object versions
# (s3:GetObjectVersionForReplication, or s3:GetObjectVersion) and write
# replicas (s3:ReplicateObject).
# - `orders`: the role's policy allows both: passes.
# - `logs`: its policy is an application's (s3:GetObject, s3:PutObject):
#   nothing replicates, and it fails, naming the two missing actions.
# - `media`: its policy allows reading versions but not s3:ReplicateObject,
#   and the destination has a bucket policy, which may grant it there: not
#   judged on that side, it passes.
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
  alias                       = "west"
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

data "aws_iam_policy_document" "s3_assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["s3.amazonaws.com"]
    }
  }
}

resource "aws_s3_bucket" "orders_src" {
  bucket = "orders-src-example"
}

resource "aws_s3_bucket_versioning" "orders_src" {
  bucket = aws_s3_bucket.orders_src.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket" "orders_dst" {
  provider = aws.west
  bucket   = "orders-dst-example"
}

resource "aws_s3_bucket_versioning" "orders_dst" {
  provider = aws.west
  bucket   = aws_s3_bucket.orders_dst.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_iam_role" "orders" {
  name               = "orders-replication"
  assume_role_policy = data.aws_iam_policy_document.s3_assume.json
}

resource "aws_iam_role_policy" "orders" {
  role   = aws_iam_role.orders.id
  policy = data.aws_iam_policy_document.orders.json
}

resource "aws_s3_bucket_replication_configuration" "orders" {
  bucket     = aws_s3_bucket.orders_src.id
  role       = aws_iam_role.orders.arn
  depends_on = [aws_s3_bucket_versioning.orders_src]
  rule {
    id     = "all"
    status = "Enabled"
    filter {}
    delete_marker_replication {
      status = "Enabled"
    }
    destination {
      bucket = aws_s3_bucket.orders_dst.arn
    }
  }
}

data "aws_iam_policy_document" "orders" {
  statement {
    actions   = ["s3:GetReplicationConfiguration", "s3:ListBucket"]
    resources = ["arn:aws:s3:::orders-src-example"]
  }
  statement {
    actions   = ["s3:GetObjectVersionForReplication", "s3:GetObjectVersionAcl", "s3:GetObjectVersionTagging"]
    resources = ["arn:aws:s3:::orders-src-example/*"]
  }
  statement {
    actions   = ["s3:ReplicateObject", "s3:ReplicateDelete", "s3:ReplicateTags"]
    resources = ["arn:aws:s3:::orders-dst-example/*"]
  }
}

resource "aws_s3_bucket" "logs_src" {
  bucket = "logs-src-example"
}

resource "aws_s3_bucket_versioning" "logs_src" {
  bucket = aws_s3_bucket.logs_src.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket" "logs_dst" {
  provider = aws.west
  bucket   = "logs-dst-example"
}

resource "aws_s3_bucket_versioning" "logs_dst" {
  provider = aws.west
  bucket   = aws_s3_bucket.logs_dst.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_iam_role" "logs" {
  name               = "logs-replication"
  assume_role_policy = data.aws_iam_policy_document.s3_assume.json
}

resource "aws_iam_role_policy" "logs" {
  role   = aws_iam_role.logs.id
  policy = data.aws_iam_policy_document.logs.json
}

resource "aws_s3_bucket_replication_configuration" "logs" {
  bucket     = aws_s3_bucket.logs_src.id
  role       = aws_iam_role.logs.arn
  depends_on = [aws_s3_bucket_versioning.logs_src]
  rule {
    id     = "all"
    status = "Enabled"
    filter {}
    delete_marker_replication {
      status = "Enabled"
    }
    destination {
      bucket = aws_s3_bucket.logs_dst.arn
    }
  }
}

data "aws_iam_policy_document" "logs" {
  statement {
    actions   = ["s3:GetObject", "s3:PutObject"]
    resources = ["arn:aws:s3:::logs-*/*"]
  }
}

resource "aws_s3_bucket" "media_src" {
  bucket = "media-src-example"
}

resource "aws_s3_bucket_versioning" "media_src" {
  bucket = aws_s3_bucket.media_src.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket" "media_dst" {
  provider = aws.west
  bucket   = "media-dst-example"
}

resource "aws_s3_bucket_versioning" "media_dst" {
  provider = aws.west
  bucket   = aws_s3_bucket.media_dst.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_iam_role" "media" {
  name               = "media-replication"
  assume_role_policy = data.aws_iam_policy_document.s3_assume.json
}

resource "aws_iam_role_policy" "media" {
  role   = aws_iam_role.media.id
  policy = data.aws_iam_policy_document.media.json
}

resource "aws_s3_bucket_replication_configuration" "media" {
  bucket     = aws_s3_bucket.media_src.id
  role       = aws_iam_role.media.arn
  depends_on = [aws_s3_bucket_versioning.media_src]
  rule {
    id     = "all"
    status = "Enabled"
    filter {}
    delete_marker_replication {
      status = "Enabled"
    }
    destination {
      bucket = aws_s3_bucket.media_dst.arn
    }
  }
}

data "aws_iam_policy_document" "media" {
  statement {
    actions   = ["s3:GetReplicationConfiguration", "s3:ListBucket"]
    resources = ["arn:aws:s3:::media-src-example"]
  }
  statement {
    actions   = ["s3:GetObjectVersion", "s3:GetObjectVersionAcl"]
    resources = ["arn:aws:s3:::media-src-example/*"]
  }
}

resource "aws_s3_bucket_policy" "media_dst" {
  provider = aws.west
  bucket   = aws_s3_bucket.media_dst.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = aws_iam_role.media.arn }
      Action    = ["s3:ReplicateObject", "s3:ReplicateDelete"]
      Resource  = "${aws_s3_bucket.media_dst.arn}/*"
    }]
  })
}
