# An encrypted EFS file system replicated to other regions, its source
# named through a data source that reads the planned file system (as
# aws-samples/aws-tf-efs's replica module does, one level down here). The
# replicas name no key, so EFS encrypts them with the AWS-managed
# aws/elasticfilesystem key: the disaster-recovery copy of data kept under
# a customer-managed key silently is not. kms-key-per-region failed this
# when the replication named the file system directly, and passed it when
# a data source stood between: us-west-1 and eu-west-1 now fail too.
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

resource "aws_kms_key" "efs" {}

resource "aws_efs_file_system" "shared" {
  encrypted  = true
  kms_key_id = aws_kms_key.efs.arn
}

data "aws_efs_file_system" "shared" {
  file_system_id = aws_efs_file_system.shared.id
}

resource "aws_efs_replication_configuration" "west" {
  source_file_system_id = data.aws_efs_file_system.shared.file_system_id

  destination {
    region = "us-west-1"
  }
}

module "replica" {
  source        = "./replica"
  source_efs_id = aws_efs_file_system.shared.id
}
