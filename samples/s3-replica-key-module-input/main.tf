# kms-key-per-region on an S3 replication rule that names its replica key
# in a `dynamic "encryption_configuration"` block over a module input, as
# replication modules write it, and is handed the source region's key
# (eu-west-1) for replicas in eu-west-2. Plan JSON records neither the
# block's expression nor the key: the configuration was no subject, and
# the plan passed ("no resource this query counts as encrypted"). It is
# now undecided without --tf-graph; with it (the `-type=plan` form, where
# the rule depends on the key through the module input), eu-west-2 fails,
# holding SSE-KMS replicas but no key of its own, and the rule names
# aws_kms_key.src of eu-west-1 "or another key".
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

resource "aws_kms_key" "src" {
  description = "source-region key"
}

module "replication" {
  source             = "./modules/replication"
  providers          = { aws = aws, aws.dst = aws.dr }
  replica_kms_key_id = aws_kms_key.src.arn
  role_arn           = "arn:aws:iam::123456789012:role/replication"
}
