# replica-per-region and Aurora cross-region read replica clusters
# (replication_source_identifier, as the Udacity SRE lesson's DR module
# makes them). The orders cluster's replica is made with the us-west-1
# provider: both regions pass. The catalog cluster's replica lost its
# provider line and sits in us-east-2 beside its source: us-west-1 holds no
# copy of the data, and it fails (the query skipped Aurora replicas
# before). A cluster that nothing replicates is no group here.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  region                      = "us-east-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "usw1"
  region                      = "us-west-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_rds_cluster" "orders" {
  cluster_identifier          = "orders"
  engine                      = "aurora-mysql"
  master_username             = "app"
  manage_master_user_password = true
  skip_final_snapshot         = true
}

resource "aws_rds_cluster" "orders_replica" {
  provider                      = aws.usw1
  cluster_identifier            = "orders-replica"
  engine                        = "aurora-mysql"
  replication_source_identifier = aws_rds_cluster.orders.arn
  source_region                 = "us-east-2"
  skip_final_snapshot           = true
}

resource "aws_rds_cluster" "catalog" {
  cluster_identifier          = "catalog"
  engine                      = "aurora-mysql"
  master_username             = "app"
  manage_master_user_password = true
  skip_final_snapshot         = true
}

# Meant for us-west-1: the provider line was forgotten.
resource "aws_rds_cluster" "catalog_replica" {
  cluster_identifier            = "catalog-replica"
  engine                        = "aurora-mysql"
  replication_source_identifier = aws_rds_cluster.catalog.arn
  source_region                 = "us-east-2"
  skip_final_snapshot           = true
}
