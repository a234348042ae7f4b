# kms-key-per-region on a key ARN a module computes by a condition, as
# schubergphilis/terraform-aws-mcaf-aurora does for a global database's
# secondary: `kms_key_arn = var.global_database_secondary != null &&
# var.kms_key_id == null ? <a key ARN of this region> : var.kms_key_id`.
# The plan shows the ARN (of eu-central-1, the secondary's region). The
# `terraform graph -type=plan` output (tf-graph-plan.dot) links the local
# to everything its condition reads, the global cluster included, which
# made the secondary undecided ("names aws_rds_global_cluster.orders as
# kms_key_id or another key"); a known key ARN now decides, with the graph
# as without it: the secondary passes.
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
  alias                       = "secondary"
  region                      = "eu-central-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_kms_key" "primary" {}

resource "aws_rds_global_cluster" "orders" {
  global_cluster_identifier = "orders-global"
  engine                    = "aurora-postgresql"
  engine_version            = "15.4"
  storage_encrypted         = true
}

resource "aws_rds_cluster" "primary" {
  cluster_identifier          = "orders-primary"
  global_cluster_identifier   = aws_rds_global_cluster.orders.id
  engine                      = "aurora-postgresql"
  engine_version              = "15.4"
  master_username             = "orders"
  manage_master_user_password = true
  storage_encrypted           = true
  kms_key_id                  = aws_kms_key.primary.arn
  skip_final_snapshot         = true
}

module "secondary" {
  source    = "./modules/secondary"
  providers = { aws = aws.secondary }
  name      = "orders-secondary"
  global_database_secondary = {
    global_cluster_identifier = aws_rds_global_cluster.orders.id
  }
}
