# s3-replication-ready on a rule that opts in to SSE-KMS objects and names
# its replica key in a `dynamic "encryption_configuration"` block whose
# for_each tests the module's input (`var.replica_kms_key_id != "" ?
# [1] : []`), given a key made in this plan: the block is known only after
# apply, so whether the rule names a replica key is undecided. It failed,
# "names no replica key ... so the configuration is rejected".
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

resource "aws_kms_key" "replica" {
  provider    = aws.dr
  description = "replica objects"
}

module "replication" {
  source             = "./modules/replication"
  providers          = { aws = aws, aws.dst = aws.dr }
  replica_kms_key_id = aws_kms_key.replica.arn
  role_arn           = "arn:aws:iam::123456789012:role/s3-replication"
}
