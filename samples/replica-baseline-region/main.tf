# replica-per-region with a backup-and-restore design whose recovery
# region also holds the account baseline an organisation applies in every
# region: EBS default encryption with the region's key, and GuardDuty.
# Before, any such resource kept us-west-2 in scope, and the primary
# database failed "has no read replica in us-west-2", though the design
# restores there from replicated backups. The baseline holds no workload:
# us-west-2 owes no replica, and only us-east-1 is a subject.
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
  alias                       = "dr"
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
resource "aws_kms_key" "main" {
  multi_region = true
}
resource "aws_kms_replica_key" "dr" {
  provider        = aws.dr
  primary_key_arn = aws_kms_key.main.arn
}
resource "aws_backup_vault" "main" {
  name        = "main"
  kms_key_arn = aws_kms_key.main.arn
}
resource "aws_backup_vault" "dr" {
  provider    = aws.dr
  name        = "dr"
  kms_key_arn = aws_kms_replica_key.dr.arn
}
resource "aws_backup_plan" "main" {
  name = "daily"
  rule {
    rule_name         = "daily"
    target_vault_name = aws_backup_vault.main.name
    schedule          = "cron(0 5 * * ? *)"
    lifecycle { delete_after = 35 }
    copy_action {
      destination_vault_arn = aws_backup_vault.dr.arn   # cross-region copy: by design
      lifecycle { delete_after = 35 }
    }
  }
}
resource "aws_db_instance" "main" {
  identifier              = "main"
  engine                  = "postgres"
  instance_class          = "db.r6g.large"
  allocated_storage       = 20
  username                = "app"
  password                = "example-only-password"
  storage_encrypted       = true
  kms_key_id              = aws_kms_key.main.arn
  backup_retention_period = 7
  skip_final_snapshot     = true
}
resource "aws_iam_role" "backup" {
  name               = "backup"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "backup.amazonaws.com" } }] })
}
resource "aws_backup_selection" "main" {
  name         = "db"
  plan_id      = aws_backup_plan.main.id
  iam_role_arn = aws_iam_role.backup.arn
  resources    = [aws_db_instance.main.arn]
}
# RDS automated backups copied to the DR region with the DR region's key (AWS: the key must be in the destination region)
resource "aws_db_instance_automated_backups_replication" "dr" {
  provider               = aws.dr
  source_db_instance_arn = aws_db_instance.main.arn
  kms_key_id             = aws_kms_replica_key.dr.arn
  retention_period       = 14
}
# account baseline applied in every region the org uses
resource "aws_ebs_encryption_by_default" "dr" {
  provider = aws.dr
  enabled  = true
}
resource "aws_ebs_default_kms_key" "dr" {
  provider = aws.dr
  key_arn  = aws_kms_replica_key.dr.arn
}

resource "aws_guardduty_detector" "dr" {
  provider = aws.dr
  enable   = true
}
