# kms-key-per-region on RDS automated backups replicated to another
# region (aws_db_instance_automated_backups_replication, made with the DR
# region's provider). RDS encrypts the copies of an encrypted instance with
# a key of the destination region, which kms_key_id names:
# - orders_backups replicates an encrypted instance and names no key:
#   the replication never starts, and fails;
# - billing_backups replicates an encrypted instance with the DR region's
#   replica of a multi-region key: passes;
# - reports_backups replicates an unencrypted instance: no key is needed,
#   and it is no subject of this query.
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
  region                      = "eu-central-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_kms_key" "data" {
  description  = "database storage"
  multi_region = true
}

resource "aws_kms_replica_key" "data_dr" {
  provider        = aws.dr
  primary_key_arn = aws_kms_key.data.arn
}

resource "aws_db_instance" "orders" {
  identifier              = "orders"
  engine                  = "postgres"
  instance_class          = "db.r6g.large"
  allocated_storage       = 100
  username                = "app"
  password                = "not-a-real-password"
  storage_encrypted       = true
  kms_key_id              = aws_kms_key.data.arn
  backup_retention_period = 7
  skip_final_snapshot     = true
}

resource "aws_db_instance" "billing" {
  identifier              = "billing"
  engine                  = "postgres"
  instance_class          = "db.r6g.large"
  allocated_storage       = 100
  username                = "app"
  password                = "not-a-real-password"
  storage_encrypted       = true
  kms_key_id              = aws_kms_key.data.arn
  backup_retention_period = 7
  skip_final_snapshot     = true
}

resource "aws_db_instance" "reports" {
  identifier              = "reports"
  engine                  = "postgres"
  instance_class          = "db.r6g.large"
  allocated_storage       = 100
  username                = "app"
  password                = "not-a-real-password"
  backup_retention_period = 7
  skip_final_snapshot     = true
}

resource "aws_db_instance_automated_backups_replication" "orders_backups" {
  provider               = aws.dr
  source_db_instance_arn = aws_db_instance.orders.arn
  retention_period       = 14
}

resource "aws_db_instance_automated_backups_replication" "billing_backups" {
  provider               = aws.dr
  source_db_instance_arn = aws_db_instance.billing.arn
  kms_key_id             = aws_kms_replica_key.data_dr.arn
  retention_period       = 14
}

resource "aws_db_instance_automated_backups_replication" "reports_backups" {
  provider               = aws.dr
  source_db_instance_arn = aws_db_instance.reports.arn
  retention_period       = 14
}
