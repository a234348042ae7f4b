# Provider regions from a map of sites turned into a map of regions by a
# `for` expression, the usual way multi-region code names its regions:
#   regions   = { for k, v in var.sites : k => v.region }
#   region    = local.regions["primary"]
# and a DR region picked from a list by a filtering `for`:
#   [for r in var.region_list : r if r != var.primary_region][0]
# plangraph did not evaluate `for` expressions: every region was unknown,
# and with it the global cluster (replica-per-region,
# global-cluster-consistent) and the DR topology. They are us-east-1 and
# us-west-2 (eu-west-1 for the filtered list): the global cluster, its
# keys and the DR topology pass; the missing alarms fail, as they should.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

variable "sites" {
  default = {
    primary = { region = "us-east-1", cidr = "10.0.0.0/16" }
    dr      = { region = "us-west-2", cidr = "10.1.0.0/16" }
  }
}

variable "primary_region" {
  default = "us-east-1"
}

variable "region_list" {
  default = ["us-east-1", "eu-west-1"]
}

locals {
  regions   = { for k, v in var.sites : k => v.region }
  dr_region = local.regions["dr"]
}

provider "aws" {
  region                      = local.regions["primary"]
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "dr"
  region                      = local.dr_region
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "archive"
  region                      = [for r in var.region_list : r if r != var.primary_region][0]
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_rds_global_cluster" "g" {
  global_cluster_identifier = "app-global"
  engine                    = "aurora-postgresql"
  engine_version            = "15.4"
  storage_encrypted         = true
}

resource "aws_kms_key" "p" {}

resource "aws_kms_key" "dr" {
  provider = aws.dr
}

resource "aws_rds_cluster" "p" {
  cluster_identifier          = "app-p"
  engine                      = aws_rds_global_cluster.g.engine
  engine_version              = aws_rds_global_cluster.g.engine_version
  global_cluster_identifier   = aws_rds_global_cluster.g.id
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  kms_key_id                  = aws_kms_key.p.arn
  skip_final_snapshot         = true
}

resource "aws_rds_cluster" "dr" {
  provider                  = aws.dr
  cluster_identifier        = "app-dr"
  engine                    = aws_rds_global_cluster.g.engine
  engine_version            = aws_rds_global_cluster.g.engine_version
  global_cluster_identifier = aws_rds_global_cluster.g.id
  storage_encrypted         = true
  kms_key_id                = aws_kms_key.dr.arn
  skip_final_snapshot       = true
  depends_on                = [aws_rds_cluster.p]
}

resource "aws_s3_bucket" "archive" {
  provider = aws.archive
  bucket   = "app-archive-example"
}
