# kms-key-per-region through a module's dynamic encryption rule (see
# modules/bucket): "invoices" is encrypted with a key of its own region
# (passes); "exports" names a key of us-west-2 from us-east-1, which S3
# refuses (fails). The old build saw neither as encrypted.

resource "aws_kms_key" "east" {
  provider    = aws.primary
  description = "invoices"
}

resource "aws_kms_key" "west" {
  provider    = aws.secondary
  description = "exports"
}

module "invoices" {
  source    = "./modules/bucket"
  providers = { aws = aws.primary }
  name      = "acme-invoices-use1"
  server_side_encryption_configuration = {
    rule = {
      apply_server_side_encryption_by_default = {
        sse_algorithm     = "aws:kms"
        kms_master_key_id = aws_kms_key.east.arn
      }
    }
  }
}

module "exports" {
  source    = "./modules/bucket"
  providers = { aws = aws.primary }
  name      = "acme-exports-use1"
  server_side_encryption_configuration = {
    rule = {
      apply_server_side_encryption_by_default = {
        sse_algorithm     = "aws:kms"
        kms_master_key_id = aws_kms_key.west.arn
      }
    }
  }
}
