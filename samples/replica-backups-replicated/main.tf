# replica-per-region on databases tiered by recovery time: the main
# Aurora cluster has a read replica cluster in eu-west-2, the DR region.
# - "reporting" is an instance whose automated backups are replicated
#   into eu-west-2 (backup and restore, chosen for it): it can be restored
#   there, and passes (it failed, because eu-west-2 also holds the Aurora
#   replica; alone there, its backups already made eu-west-2 no member
#   region);
# - "billing" is an instance with neither a replica nor replicated backups
#   in eu-west-2: it fails there.
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
  region                      = "eu-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_rds_cluster" "main" {
  cluster_identifier  = "app-aurora"
  engine              = "aurora-postgresql"
  engine_version      = "16.4"
  master_username     = "app"
  master_password     = "change-me-please"
  skip_final_snapshot = true
}

resource "aws_rds_cluster" "main_dr" {
  provider                      = aws.dr
  cluster_identifier            = "app-aurora-dr"
  engine                        = "aurora-postgresql"
  engine_version                = "16.4"
  replication_source_identifier = aws_rds_cluster.main.arn
  source_region                 = "eu-west-1"
  skip_final_snapshot           = true
}

resource "aws_db_instance" "reporting" {
  identifier              = "reporting"
  engine                  = "postgres"
  engine_version          = "16.3"
  instance_class          = "db.m6g.large"
  allocated_storage       = 50
  username                = "app"
  password                = "change-me-please"
  backup_retention_period = 7
  skip_final_snapshot     = true
}

resource "aws_db_instance_automated_backups_replication" "reporting" {
  provider               = aws.dr
  source_db_instance_arn = aws_db_instance.reporting.arn
  retention_period       = 14
}

resource "aws_db_instance" "billing" {
  identifier              = "billing"
  engine                  = "postgres"
  engine_version          = "16.3"
  instance_class          = "db.m6g.large"
  allocated_storage       = 50
  username                = "app"
  password                = "change-me-please"
  backup_retention_period = 7
  skip_final_snapshot     = true
}
