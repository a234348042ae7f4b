# allowed-regions on a baseline's account-level controls: a detector, an
# analyzer and EBS default encryption enabled in a region the workload
# does not use. With --param allowed_regions=eu-west-1:
# - eu-central-1 fails (the rule is the allowed list), and the message
#   says these are controls that cannot be moved, not "move them";
# - eu-west-1, holding the workload's bucket, passes.
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
  alias                       = "euc1"
  region                      = "eu-central-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_s3_bucket" "data" {
  bucket = "pg-sample-residency-data"
}

resource "aws_guardduty_detector" "euc1" {
  provider = aws.euc1
  enable   = true
}

resource "aws_accessanalyzer_analyzer" "euc1" {
  provider      = aws.euc1
  analyzer_name = "account"
}

resource "aws_ebs_encryption_by_default" "euc1" {
  provider = aws.euc1
  enabled  = true
}
