# The secondary region's root of a split-state Aurora global database: the
# global cluster and its primary live in the primary region's state, and
# this root joins the database by identifier
# (global_cluster_identifier = var.global_cluster_identifier). The
# secondary is encrypted and names no kms_key_id, which AWS refuses for an
# encrypted cross-region secondary; a key of the region exists but is not
# named (orders_keyed names it: right). kms-key-per-region took global
# membership only from a reference to an aws_rds_global_cluster of the
# plan, so it passed the region and never judged the cluster, while
# global-cluster-no-backtrack, which also takes a known identifier, called
# it a member. Both now share lib/global.pgq: orders_secondary fails.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

variable "global_cluster_identifier" {
  type    = string
  default = "orders-global"
}

resource "aws_kms_key" "orders" {
  description = "orders database, us-west-2"
}

resource "aws_rds_cluster" "orders_secondary" {
  cluster_identifier        = "orders-us-west-2"
  engine                    = "aurora-postgresql"
  engine_version            = "15.4"
  global_cluster_identifier = var.global_cluster_identifier
  storage_encrypted         = true
  skip_final_snapshot       = true
}

resource "aws_rds_cluster" "orders_keyed" {
  cluster_identifier        = "orders-keyed-us-west-2"
  engine                    = "aurora-postgresql"
  engine_version            = "15.4"
  global_cluster_identifier = var.global_cluster_identifier
  storage_encrypted         = true
  kms_key_id                = aws_kms_key.orders.arn
  skip_final_snapshot       = true
}

resource "aws_rds_cluster" "standalone" {
  cluster_identifier  = "reports-us-west-2"
  engine              = "aurora-postgresql"
  engine_version      = "15.4"
  storage_encrypted   = true
  skip_final_snapshot = true
}
