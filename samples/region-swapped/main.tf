# A disaster-recovery pair whose DR provider swaps the primary region for
# the other one, a common way to let one variable place both stacks:
#   region = var.primary_region == "us-east-1" ? "us-west-2" : "us-east-1"
# Plan JSON records that expression only as reading var.primary_region,
# exactly as it records `region = var.primary_region`, so plangraph read the
# DR provider's region as us-east-1: the encrypted read replica on aws.dr,
# which names no kms_key_id, was "in the primary's region" and
# kms-key-per-region passed it, although AWS refuses an encrypted
# cross-region replica without a key of its own region, and us-west-2
# holds no key at all. Reading the provider block from this file,
# plangraph evaluates the condition: aws.dr is in us-west-2, and both
# defects fail, the reason naming main.tf's line and var.primary_region.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

variable "primary_region" {
  type    = string
  default = "us-east-1"
}

provider "aws" {
  region                      = var.primary_region
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "dr"
  region                      = var.primary_region == "us-east-1" ? "us-west-2" : "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_kms_key" "primary" {
  description = "orders database"
}

resource "aws_db_instance" "primary" {
  identifier                  = "orders-primary"
  engine                      = "postgres"
  instance_class              = "db.r6g.large"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  kms_key_id                  = aws_kms_key.primary.arn
  backup_retention_period     = 7
  skip_final_snapshot         = true
}

resource "aws_db_instance" "replica" {
  provider            = aws.dr
  identifier          = "orders-replica"
  instance_class      = "db.r6g.large"
  replicate_source_db = aws_db_instance.primary.arn
  skip_final_snapshot = true
}
