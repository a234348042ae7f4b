# Data Lifecycle Manager policies in eu-west-1 that copy daily EBS
# snapshots to eu-central-1 and encrypt the copies with cmk_arn. A KMS key
# is regional: the copies are made in eu-central-1, so their key must be
# of eu-central-1. `volumes_dr` names the eu-central-1 key (right);
# `logs_dr` names the eu-west-1 key of its source volumes, so every copy
# fails and the DR region gets no snapshot. kms-key-per-region did not
# read cmk_arn (a key attribute with no "kms" in its name): both passed.
# Now logs_dr fails.
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

resource "aws_kms_key" "ebs" {
  description = "EBS volumes, eu-west-1"
}

resource "aws_kms_key" "snapshots_dr" {
  provider    = aws.dr
  description = "snapshot copies, eu-central-1"
}

resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = true
  kms_key_id        = aws_kms_key.ebs.arn
  tags              = { Backup = "daily" }
}

resource "aws_iam_role" "dlm" {
  name = "dlm"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "dlm.amazonaws.com" } }]
  })
}

resource "aws_dlm_lifecycle_policy" "volumes_dr" {
  description        = "daily snapshots copied to eu-central-1"
  execution_role_arn = aws_iam_role.dlm.arn
  state              = "ENABLED"

  policy_details {
    resource_types = ["VOLUME"]
    target_tags    = { Backup = "daily" }

    schedule {
      name = "daily"
      create_rule {
        interval      = 24
        interval_unit = "HOURS"
        times         = ["03:00"]
      }
      retain_rule {
        count = 7
      }
      cross_region_copy_rule {
        target    = "eu-central-1"
        encrypted = true
        cmk_arn   = aws_kms_key.snapshots_dr.arn
        retain_rule {
          interval      = 7
          interval_unit = "DAYS"
        }
      }
    }
  }
}

resource "aws_dlm_lifecycle_policy" "logs_dr" {
  description        = "log volumes copied to eu-central-1"
  execution_role_arn = aws_iam_role.dlm.arn
  state              = "ENABLED"

  policy_details {
    resource_types = ["VOLUME"]
    target_tags    = { Backup = "logs" }

    schedule {
      name = "daily"
      create_rule {
        interval      = 24
        interval_unit = "HOURS"
        times         = ["04:00"]
      }
      retain_rule {
        count = 3
      }
      cross_region_copy_rule {
        target    = "eu-central-1"
        encrypted = true
        cmk_arn   = aws_kms_key.ebs.arn
        retain_rule {
          interval      = 3
          interval_unit = "DAYS"
        }
      }
    }
  }
}
