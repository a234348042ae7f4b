# An S3 replication configuration whose role and rules come from one
# module input, the rules through a `dynamic "rule"` block that only a
# role enables, as terraform-aws-modules/s3-bucket writes it. Plan JSON
# leaves the dynamic block out and plans the rule as known after apply
# (the role's ARN decides whether there is one), and the input's
# references (the role and the key) come under `role`. So the destination
# bucket (a literal ARN here) is not in the plan, and the replica key,
# made in us-east-1 while the destination is meant for us-west-2, cannot
# be judged against the destination's region: kms-key-per-region is
# unknown for the configuration, saying so, not a pass (it passed before,
# whatever region the key was in).
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

resource "aws_kms_key" "replica" {
  description = "meant for the replicas in us-west-2"
}

resource "aws_s3_bucket" "source" {
  bucket = "orders-source-example"
}

resource "aws_s3_bucket_versioning" "source" {
  bucket = aws_s3_bucket.source.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_iam_role" "replication" {
  name = "orders-replication"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "s3.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

module "replication" {
  source = "./modules/replication"
  bucket = aws_s3_bucket.source.id
  replication = {
    role = aws_iam_role.replication.arn
    rules = [{
      id                 = "all"
      destination_bucket = "arn:aws:s3:::orders-replica-us-west-2-example"
      replica_kms_key_id = aws_kms_key.replica.arn
    }]
  }
  depends_on = [aws_s3_bucket_versioning.source]
}
