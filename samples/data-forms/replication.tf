# s3-replication-ready: a complete configuration, one whose destination
# versioning the plan deletes (it is only in the state), one that
# replicates a bucket into itself with a role that has no policy, and one
# whose destination and role are outside the plan.

resource "aws_s3_bucket" "src" {
  provider = aws.primary
  bucket   = "acme-src"
}

resource "aws_s3_bucket" "dst" {
  provider = aws.secondary
  bucket   = "acme-dst"
}

resource "aws_s3_bucket_versioning" "src" {
  provider = aws.primary
  bucket   = aws_s3_bucket.src.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_versioning" "dst" {
  provider = aws.secondary
  bucket   = aws_s3_bucket.dst.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_iam_role" "replication" {
  provider           = aws.primary
  name               = "replication"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = { Service = "s3.amazonaws.com" }, Action = "sts:AssumeRole" }] })
}

resource "aws_iam_role_policy_attachment" "replication" {
  provider   = aws.primary
  role       = aws_iam_role.replication.name
  policy_arn = "arn:aws:iam::123456789012:policy/s3-replication"
}

# passes
resource "aws_s3_bucket_replication_configuration" "ok" {
  provider = aws.primary
  role     = aws_iam_role.replication.arn
  bucket   = aws_s3_bucket.src.id
  rule {
    id     = "all"
    status = "Enabled"
    destination {
      bucket = aws_s3_bucket.dst.arn
    }
  }
  depends_on = [aws_s3_bucket_versioning.src, aws_s3_bucket_versioning.dst]
}

# fails: the existing bucket "archive" loses its versioning resource
# (aws_s3_bucket_versioning.archive is in the state only).
resource "aws_s3_bucket" "archive" {
  provider = aws.secondary
  bucket   = "acme-archive"
}

resource "aws_s3_bucket_replication_configuration" "to_archive" {
  provider = aws.primary
  role     = aws_iam_role.replication.arn
  bucket   = aws_s3_bucket.src.id
  rule {
    id     = "archive"
    status = "Enabled"
    destination {
      bucket = aws_s3_bucket.archive.arn
    }
  }
}

# fails: into itself, and the role has no policy
resource "aws_iam_role" "bare" {
  provider           = aws.primary
  name               = "bare"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = { Service = "s3.amazonaws.com" }, Action = "sts:AssumeRole" }] })
}

resource "aws_s3_bucket_replication_configuration" "loop" {
  provider = aws.primary
  role     = aws_iam_role.bare.arn
  bucket   = aws_s3_bucket.src.id
  rule {
    id     = "self"
    status = "Enabled"
    destination {
      bucket = aws_s3_bucket.src.arn
    }
  }
}

# passes: the destination (another account's bucket) and the role are
# outside the plan; only the source is judged.
resource "aws_s3_bucket_replication_configuration" "partner" {
  provider = aws.primary
  role     = "arn:aws:iam::123456789012:role/partner-replication"
  bucket   = aws_s3_bucket.src.id
  rule {
    id     = "partner"
    status = "Enabled"
    destination {
      bucket  = "arn:aws:s3:::partner-dr-bucket"
      account = "210987654321"
    }
  }
}
