# kms-key-per-region on a multi-region key. A multi-region key in
# eu-west-2 encrypts an SNS topic there (pass) and, through its replica in
# eu-west-1, the topic of eu-west-1 (pass). The eu-central-1 topic names
# the eu-west-2 key itself, which has no replica there: KMS resolves the
# key in eu-central-1, where it does not exist, and the topic fails, with
# the replica key that would serve it named in the message (as the
# Ministry of Justice's secure baselines have it for their Config topics).
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  region                      = "eu-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "ireland"
  region                      = "eu-west-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "frankfurt"
  region                      = "eu-central-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_kms_key" "alerts" {
  description  = "alert topics"
  multi_region = true
}

resource "aws_kms_replica_key" "alerts_ireland" {
  provider        = aws.ireland
  primary_key_arn = aws_kms_key.alerts.arn
}

resource "aws_sns_topic" "london" {
  name              = "alerts"
  kms_master_key_id = aws_kms_key.alerts.id
}

resource "aws_sns_topic" "ireland" {
  provider          = aws.ireland
  name              = "alerts"
  kms_master_key_id = aws_kms_replica_key.alerts_ireland.id
}

resource "aws_sns_topic" "frankfurt" {
  provider          = aws.frankfurt
  name              = "alerts"
  kms_master_key_id = aws_kms_key.alerts.id
}
