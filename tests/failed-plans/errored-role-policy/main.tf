# A failed plan (tests/cli/failed_plan.sh). terraform writes the plan file
# even when `terraform plan -out` fails, and `terraform show -json` of it
# says "errored": true. Here the replication role's policy cannot be
# planned (split() of a null variable), so it is missing from the plan,
# and s3-replication-ready failed the replication configuration for a role
# "with no policy attached". plangraph now refuses the plan, naming the
# file and the `errored` member (exit 2). PLAN_FAILS holds the error
# terraform must give.
# Plan it with scripts/regen-failed-plans.

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

variable "dst_kms_key_arn" {
  type    = string
  default = null
}

resource "aws_s3_bucket" "src" {
  bucket = "orders-src"
}

resource "aws_s3_bucket_versioning" "src" {
  bucket = aws_s3_bucket.src.id
  versioning_configuration { status = "Enabled" }
}

resource "aws_s3_bucket" "dst" {
  provider = aws.dr
  bucket   = "orders-dst"
}

resource "aws_s3_bucket_versioning" "dst" {
  provider = aws.dr
  bucket   = aws_s3_bucket.dst.id
  versioning_configuration { status = "Enabled" }
}

resource "aws_iam_role" "crr" {
  name = "orders-crr"
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
      { Effect = "Allow", Action = ["s3:GetObjectVersionForReplication"], Resource = "${aws_s3_bucket.src.arn}/*" },
      { Effect = "Allow", Action = ["s3:ReplicateObject"], Resource = "${aws_s3_bucket.dst.arn}/*" },
      # fails at plan: var.dst_kms_key_arn is null
      { Effect = "Allow", Action = ["kms:Encrypt"], Resource = "*",
        Condition = { StringLike = { "kms:ViaService" = "s3.${split(":", var.dst_kms_key_arn)[3]}.amazonaws.com" } } },
    ]
  })
}

resource "aws_s3_bucket_replication_configuration" "crr" {
  depends_on = [aws_s3_bucket_versioning.src]
  bucket     = aws_s3_bucket.src.id
  role       = aws_iam_role.crr.arn
  rule {
    id     = "all"
    status = "Enabled"
    filter {}
    delete_marker_replication { status = "Disabled" }
    destination { bucket = aws_s3_bucket.dst.arn }
  }
}
