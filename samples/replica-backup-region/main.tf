# replica-per-region in a backup-and-restore design. The orders database
# in us-east-1 replicates its automated backups to us-west-2, encrypted
# with a key there, and that is all us-west-2 holds: it serves no
# database until a restore, which is its design, so it is no region the
# database must have a replica in. eu-west-1 holds the application's
# network (a VPC and its subnet) but no replica: the database fails there.
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

provider "aws" {
  alias                       = "eu"
  region                      = "eu-west-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_db_instance" "orders" {
  identifier                  = "orders"
  engine                      = "postgres"
  engine_version              = "16.3"
  instance_class              = "db.r6g.large"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  backup_retention_period     = 7
  storage_encrypted           = true
  skip_final_snapshot         = true
}

resource "aws_kms_key" "backups_west" {
  provider    = aws.west
  description = "orders backups in us-west-2"
}

resource "aws_db_instance_automated_backups_replication" "orders_west" {
  provider               = aws.west
  source_db_instance_arn = aws_db_instance.orders.arn
  kms_key_id             = aws_kms_key.backups_west.arn
  retention_period       = 7
}

resource "aws_vpc" "eu" {
  provider   = aws.eu
  cidr_block = "10.30.0.0/16"
}

resource "aws_subnet" "eu_app" {
  provider   = aws.eu
  vpc_id     = aws_vpc.eu.id
  cidr_block = "10.30.1.0/24"
}
