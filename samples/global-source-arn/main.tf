# A global database made from an existing cluster of another state: the
# aws_rds_global_cluster names its source by a literal cluster ARN
# (source_db_cluster_identifier), and AWS makes that us-east-1 cluster the
# database's primary. replica-per-region took members only from
# global_cluster_identifier, so it said the global cluster had no member
# in us-east-1 and told the reader to add one (a second, empty primary).
# The source, by reference or by a literal ARN's region field, is now a
# member: both regions pass. (samples/data-forms' ledger, a source by
# reference, failed the same way.)
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}
provider "aws" {
  alias  = "primary"
  region = "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
provider "aws" {
  alias  = "secondary"
  region = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
# promote an existing us-east-1 cluster (made in another state) to a global database
resource "aws_rds_global_cluster" "this" {
  provider                     = aws.primary
  global_cluster_identifier    = "orders-global"
  source_db_cluster_identifier = "arn:aws:rds:us-east-1:111111111111:cluster:orders"
  force_destroy                = true
}
resource "aws_kms_key" "west" {
  provider = aws.secondary
}
resource "aws_rds_cluster" "secondary" {
  provider                  = aws.secondary
  cluster_identifier        = "orders-usw2"
  global_cluster_identifier = aws_rds_global_cluster.this.id
  engine                    = "aurora-postgresql"
  engine_version            = "15.4"
  storage_encrypted         = true
  kms_key_id                = aws_kms_key.west.arn
  skip_final_snapshot       = true
}
