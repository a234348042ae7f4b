# s3-replication-ready with `terraform graph -type=plan`
# (tf-graph-plan.dot) when replication configurations are made with
# for_each over a local map whose entries name dst["app"] and dst["boot"]
# (`destination.bucket = each.value.dest`). A third instance, dst["logs"],
# is a log bucket no entry names, and is not versioned. The graph says
# only that the local reads aws_s3_bucket.dst, every instance; the entry
# reads one of them, which the graph does not say. Both configurations are
# unknown, naming the candidates (they failed for dst["logs"] as if each
# replicated into all three).
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

resource "aws_s3_bucket" "dst" {
  provider = aws.west
  for_each = toset(["app", "boot", "logs"])
  bucket   = "d3-dst-${each.key}"
}
resource "aws_s3_bucket_versioning" "dst" {
  provider = aws.west
  for_each = aws_s3_bucket.dst
  bucket   = each.value.id
  versioning_configuration {
    # "logs" is a log bucket, never a replication destination: not versioned.
    status = each.key == "logs" ? "Disabled" : "Enabled"
  }
}
locals {
  replicated = {
    app  = { dest = aws_s3_bucket.dst["app"].arn }
    boot = { dest = aws_s3_bucket.dst["boot"].arn }
  }
}
resource "aws_s3_bucket" "src" {
  for_each = local.replicated
  bucket   = "d3-src-${each.key}"
}
resource "aws_s3_bucket_versioning" "src" {
  for_each = aws_s3_bucket.src
  bucket   = each.value.id
  versioning_configuration {
    status = "Enabled"
  }
}
resource "aws_iam_role" "repl" {
  name = "d3-repl"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "s3.amazonaws.com" } }]
  })
}
resource "aws_iam_role_policy" "repl" {
  role = aws_iam_role.repl.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = ["s3:GetReplicationConfiguration", "s3:ListBucket"], Resource = "arn:aws:s3:::d3-src-*" },
      { Effect = "Allow", Action = ["s3:GetObjectVersionForReplication", "s3:GetObjectVersionAcl", "s3:GetObjectVersionTagging"], Resource = "arn:aws:s3:::d3-src-*/*" },
      { Effect = "Allow", Action = ["s3:ReplicateObject", "s3:ReplicateDelete", "s3:ReplicateTags"], Resource = "arn:aws:s3:::d3-dst-*/*" },
    ]
  })
}
resource "aws_s3_bucket_replication_configuration" "this" {
  for_each   = local.replicated
  depends_on = [aws_s3_bucket_versioning.src]
  role       = aws_iam_role.repl.arn
  bucket     = aws_s3_bucket.src[each.key].id
  rule {
    id     = "all"
    status = "Enabled"
    destination {
      bucket        = each.value.dest
      storage_class = "STANDARD"
    }
  }
}
