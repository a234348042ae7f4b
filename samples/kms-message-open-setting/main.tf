# kms-key-per-region's message on a cross-region read replica encrypted
# with the primary region's multi-Region key (dbl-works/terraform's rds
# module builds its replica so). The replica's engine_version reads a
# local (`var.replica ? null : local.engine_version`), which plan JSON
# does not describe: the failure is sure, and its message must say what
# is wrong, not "(known after apply)".
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  region                      = "eu-central-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "us"
  region                      = "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

variable "engine" {
  type    = string
  default = "postgres16"
}

locals {
  engine_version = trimprefix(var.engine, "postgres")
}

resource "aws_kms_key" "db" {
  description  = "database"
  multi_region = true
}

resource "aws_db_instance" "primary" {
  identifier              = "orders"
  engine                  = "postgres"
  engine_version          = local.engine_version
  instance_class          = "db.m6g.large"
  allocated_storage       = 50
  username                = "orders"
  manage_master_user_password = true
  storage_encrypted       = true
  kms_key_id              = aws_kms_key.db.arn
  backup_retention_period = 7
  skip_final_snapshot     = true
}

resource "aws_db_instance" "replica" {
  provider            = aws.us
  identifier          = "orders-replica"
  replicate_source_db = aws_db_instance.primary.arn
  engine_version      = true ? null : local.engine_version
  instance_class      = "db.m6g.large"
  storage_encrypted   = true
  kms_key_id          = aws_kms_key.db.arn
  skip_final_snapshot = true
}
