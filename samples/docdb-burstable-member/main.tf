# db-instance-class on DocumentDB and Neptune instances: a DocumentDB
# global cluster's secondary instance on db.t4g.medium fails (a global
# cluster takes db.r5 and db.r6g members only, and a burstable class runs
# out of credits under a failover's load); the primary's db.r6g.large and
# a Neptune instance on db.r6g.large pass. They were no subjects.
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
  alias                       = "secondary"
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_docdb_global_cluster" "orders" {
  global_cluster_identifier = "orders-global"
  engine                    = "docdb"
  engine_version            = "5.0.0"
}

resource "aws_docdb_cluster" "primary" {
  cluster_identifier          = "orders-primary"
  global_cluster_identifier   = aws_docdb_global_cluster.orders.id
  engine                      = "docdb"
  engine_version              = "5.0.0"
  master_username             = "orders"
  manage_master_user_password = true
  skip_final_snapshot         = true
}

resource "aws_docdb_cluster_instance" "primary" {
  identifier         = "orders-primary-0"
  cluster_identifier = aws_docdb_cluster.primary.id
  instance_class     = "db.r6g.large"
}

resource "aws_docdb_cluster" "secondary" {
  provider                  = aws.secondary
  cluster_identifier        = "orders-secondary"
  global_cluster_identifier = aws_docdb_global_cluster.orders.id
  engine                    = "docdb"
  engine_version            = "5.0.0"
  skip_final_snapshot       = true
  depends_on                = [aws_docdb_cluster_instance.primary]
}

resource "aws_docdb_cluster_instance" "secondary" {
  provider           = aws.secondary
  identifier         = "orders-secondary-0"
  cluster_identifier = aws_docdb_cluster.secondary.id
  instance_class     = "db.t4g.medium"
}

resource "aws_neptune_cluster" "graph" {
  cluster_identifier  = "graph"
  engine              = "neptune"
  skip_final_snapshot = true
}

resource "aws_neptune_cluster_instance" "graph" {
  identifier         = "graph-0"
  cluster_identifier = aws_neptune_cluster.graph.id
  instance_class     = "db.r6g.large"
}
