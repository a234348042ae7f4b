# same-region-references on Redshift snapshot copies: the grant a copy
# names must be made in the copy's destination_region (Redshift encrypts
# the copied snapshots there with the grant's key).
# - aws_redshift_snapshot_copy.warehouse copies to us-east-1 with a grant
#   that lost its provider line (made in eu-west-1): fails, where it
#   passed;
# - aws_redshift_snapshot_copy.reports names the grant made with the
#   us-east-1 provider: passes.
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
  region                      = "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_kms_key" "source" {}

resource "aws_kms_key" "dr" {
  provider = aws.dr
}

resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier     = "warehouse"
  node_type              = "ra3.xlplus"
  number_of_nodes        = 2
  master_username        = "warehouse"
  manage_master_password = true
  encrypted              = true
  kms_key_id             = aws_kms_key.source.arn
  skip_final_snapshot    = true
}

resource "aws_redshift_snapshot_copy_grant" "warehouse" {
  snapshot_copy_grant_name = "warehouse-us-east-1"
  kms_key_id               = aws_kms_key.source.arn
}

resource "aws_redshift_snapshot_copy" "warehouse" {
  cluster_identifier       = aws_redshift_cluster.warehouse.id
  destination_region       = "us-east-1"
  snapshot_copy_grant_name = aws_redshift_snapshot_copy_grant.warehouse.snapshot_copy_grant_name
  retention_period         = 7
}

resource "aws_redshift_cluster" "reports" {
  cluster_identifier     = "reports"
  node_type              = "ra3.xlplus"
  number_of_nodes        = 2
  master_username        = "reports"
  manage_master_password = true
  encrypted              = true
  kms_key_id             = aws_kms_key.source.arn
  skip_final_snapshot    = true
}

resource "aws_redshift_snapshot_copy_grant" "reports" {
  provider                 = aws.dr
  snapshot_copy_grant_name = "reports-us-east-1"
  kms_key_id               = aws_kms_key.dr.arn
}

resource "aws_redshift_snapshot_copy" "reports" {
  cluster_identifier       = aws_redshift_cluster.reports.id
  destination_region       = "us-east-1"
  snapshot_copy_grant_name = aws_redshift_snapshot_copy_grant.reports.snapshot_copy_grant_name
  retention_period         = 7
}
