# kms-key-per-region on DocumentDB and Neptune global databases, whose
# APIs mirror Aurora's: an encrypted secondary in another region needs a
# key of its own region.
# - aws_docdb_cluster.secondary (us-west-2), encrypted, names no
#   kms_key_id: fails (it was no subject);
# - the Neptune members name a key of their own region by kms_key_arn
#   (Neptune's name for it): pass;
# - us-west-2 holds aws_kms_key.secondary: the region passes.
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

resource "aws_kms_key" "primary" {}

resource "aws_kms_key" "secondary" {
  provider = aws.secondary
}

resource "aws_docdb_global_cluster" "orders" {
  global_cluster_identifier = "orders-global"
  engine                    = "docdb"
  engine_version            = "5.0.0"
  storage_encrypted         = true
}

resource "aws_docdb_cluster" "primary" {
  cluster_identifier          = "orders-primary"
  global_cluster_identifier   = aws_docdb_global_cluster.orders.id
  engine                      = "docdb"
  engine_version              = "5.0.0"
  master_username             = "orders"
  manage_master_user_password = true
  storage_encrypted           = true
  kms_key_id                  = aws_kms_key.primary.arn
  skip_final_snapshot         = true
}

resource "aws_docdb_cluster" "secondary" {
  provider                  = aws.secondary
  cluster_identifier        = "orders-secondary"
  global_cluster_identifier = aws_docdb_global_cluster.orders.id
  engine                    = "docdb"
  engine_version            = "5.0.0"
  storage_encrypted         = true
  skip_final_snapshot       = true
  depends_on                = [aws_docdb_cluster.primary]
}

resource "aws_neptune_global_cluster" "graph" {
  global_cluster_identifier = "graph-global"
  engine                    = "neptune"
  engine_version            = "1.2.0.0"
  storage_encrypted         = true
}

resource "aws_neptune_cluster" "primary" {
  cluster_identifier        = "graph-primary"
  global_cluster_identifier = aws_neptune_global_cluster.graph.id
  engine                    = "neptune"
  engine_version            = "1.2.0.0"
  storage_encrypted         = true
  kms_key_arn               = aws_kms_key.primary.arn
  skip_final_snapshot       = true
}

resource "aws_neptune_cluster" "secondary" {
  provider                  = aws.secondary
  cluster_identifier        = "graph-secondary"
  global_cluster_identifier = aws_neptune_global_cluster.graph.id
  engine                    = "neptune"
  engine_version            = "1.2.0.0"
  storage_encrypted         = true
  kms_key_arn               = aws_kms_key.secondary.arn
  skip_final_snapshot       = true
  depends_on                = [aws_neptune_cluster.primary]
}
