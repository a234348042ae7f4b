# replica-per-region on a backup-and-restore design whose copy vault lost
# its provider line: AWS Backup copies the database's recovery points to
# aws_backup_vault.dr, made in eu-west-1 like the database, so
# eu-central-1, the recovery region, holds only a key and no copy. The
# region fails, rightly; the message now names the copy and its region and
# gives the fix (make the copy vault with eu-central-1's provider), not
# only a read replica.
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

resource "aws_kms_key" "primary" {}

resource "aws_kms_key" "dr" {
  provider = aws.dr
}

resource "aws_db_instance" "orders" {
  identifier                  = "orders"
  engine                      = "postgres"
  engine_version              = "16.3"
  instance_class              = "db.m6g.large"
  allocated_storage           = 50
  username                    = "orders"
  manage_master_user_password = true
  storage_encrypted           = true
  kms_key_id                  = aws_kms_key.primary.arn
  skip_final_snapshot         = true
}

resource "aws_backup_vault" "primary" {
  name        = "primary-vault"
  kms_key_arn = aws_kms_key.primary.arn
}

# The DR vault lost its provider line (provider = aws.dr): it is made in
# eu-west-1.
resource "aws_backup_vault" "dr" {
  name        = "dr-vault"
  kms_key_arn = aws_kms_key.primary.arn
}

resource "aws_iam_role" "backup" {
  name = "backup"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "backup.amazonaws.com" } }]
  })
}

resource "aws_backup_plan" "daily" {
  name = "daily"

  rule {
    rule_name         = "daily"
    target_vault_name = aws_backup_vault.primary.name
    schedule          = "cron(0 3 * * ? *)"

    copy_action {
      destination_vault_arn = aws_backup_vault.dr.arn
    }
  }
}

resource "aws_backup_selection" "orders" {
  name         = "orders"
  plan_id      = aws_backup_plan.daily.id
  iam_role_arn = aws_iam_role.backup.arn
  resources    = [aws_db_instance.orders.arn]
}
