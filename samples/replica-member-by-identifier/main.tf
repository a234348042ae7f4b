# replica-per-region on cross-region read replicas that name their source
# by identifier: RDS looks an identifier up in the replica's own region, so
# such a replica is never created (same-region-references fails it), and
# its region holds no member of the source's group.
# - aws_db_instance.orders has only orders_dr in us-west-2, which names it
#   by identifier: orders in us-west-2 fails, naming the fix;
# - aws_rds_cluster.ledger has only ledger_dr in us-west-2, which names it
#   by cluster_identifier: ledger in us-west-2 fails the same way.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  region                      = "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "west"
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_db_instance" "orders" {
  identifier              = "orders"
  engine                  = "postgres"
  instance_class          = "db.r6g.large"
  allocated_storage       = 100
  username                = "orders"
  manage_master_user_password = true
  backup_retention_period = 7
  skip_final_snapshot     = true
}

resource "aws_db_instance" "orders_dr" {
  provider            = aws.west
  identifier          = "orders-dr"
  instance_class      = "db.r6g.large"
  replicate_source_db = aws_db_instance.orders.identifier
  skip_final_snapshot = true
}

resource "aws_rds_cluster" "ledger" {
  cluster_identifier          = "ledger"
  engine                      = "aurora-postgresql"
  master_username             = "ledger"
  manage_master_user_password = true
  skip_final_snapshot         = true
}

resource "aws_rds_cluster" "ledger_dr" {
  provider                      = aws.west
  cluster_identifier            = "ledger-dr"
  engine                        = "aurora-postgresql"
  replication_source_identifier = aws_rds_cluster.ledger.cluster_identifier
  skip_final_snapshot           = true
}
