# Regions kept in a settings file beside the code, as company repositories
# often do: the providers read yamldecode(file(...)) of settings/prod.yaml,
# an edge provider cuts its region out of a zone with replace(), and the
# audit module's own provider reads jsondecode(file(...)) of a file in its
# folder (path.module). Plan JSON records only that these read path.module
# or a local; plangraph read none of them, so every region was unknown and
# replica-per-region could not tell that the replica is in the DR region.
# They are eu-west-1 (primary), eu-central-1 (dr, from the YAML anchor's
# merge), eu-west-2 (edge) and eu-north-1 (audit).
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

locals {
  settings = yamldecode(file("${path.module}/settings/prod.yaml"))
}

provider "aws" {
  region                      = local.settings.primary.region
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "dr"
  region                      = local.settings.dr.region
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "edge"
  region                      = replace(local.settings.edge.zone, "/[a-z]$/", "")
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_kms_key" "primary" {}

resource "aws_kms_key" "dr" {
  provider = aws.dr
}

resource "aws_db_instance" "primary" {
  identifier                  = "ledger"
  engine                      = "postgres"
  instance_class              = local.settings.primary.instance_class
  allocated_storage           = 100
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  kms_key_id                  = aws_kms_key.primary.arn
  backup_retention_period     = 7
  skip_final_snapshot         = true
}

resource "aws_db_instance" "replica" {
  provider            = aws.dr
  identifier          = "ledger-dr"
  instance_class      = local.settings.dr.instance_class
  replicate_source_db = aws_db_instance.primary.arn
  storage_encrypted   = true
  kms_key_id          = aws_kms_key.dr.arn
  skip_final_snapshot = true
}

resource "aws_s3_bucket" "edge_logs" {
  provider = aws.edge
  bucket   = "ledger-edge-logs-example"
}

module "audit" {
  source = "./modules/audit"
}
