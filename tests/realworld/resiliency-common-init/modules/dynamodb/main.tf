// Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
// SPDX-License-Identifier: MIT-0

# offline: data "aws_secretsmanager_secret" / "aws_secretsmanager_secret_version"
# "dynamodb-primary-kms-key" and "dynamodb-secondary-kms-key" (secrets
# "${var.APP}-dynamodb-primary-kms-key" / "-secondary-kms-key" holding the
# ARN of a KMS key of the primary / secondary region, written by the
# initialization roots) become these literal ARNs
locals {
  dynamodb_primary_kms_key_arn   = "arn:aws:kms:${var.AWS_PRIMARY_REGION}:123456789012:key/1a2b3c4d-0000-4000-8000-00000000d001"
  dynamodb_secondary_kms_key_arn = "arn:aws:kms:${var.AWS_SECONDARY_REGION}:123456789012:key/1a2b3c4d-0000-4000-8000-00000000d002"
}

module "dynamodb_table" {

  source   = "../dynamodb-table" # offline: was "terraform-aws-modules/dynamodb-table/aws" (no version)

  name              = "${var.APP}-${var.COMPONENT}-dynamodb-store"
  hash_key          = "id"
  stream_enabled    = true
  stream_view_type  = "NEW_AND_OLD_IMAGES"
  server_side_encryption_enabled     = true
  server_side_encryption_kms_key_arn = local.dynamodb_primary_kms_key_arn # offline: was data.aws_secretsmanager_secret_version.dynamodb-primary-kms-key-version.secret_string
  point_in_time_recovery_enabled = true
//  billing_mode  = "PROVISIONED"
//  read_capacity = 100
//  write_capacity = 100

  attributes = [
    {
      name = "id"
      type = "S"
    },
    {
      name = "timestamp"
      type = "N"
    },
    {
      name = "currentDate"
      type = "S"
    }
  ]

  global_secondary_indexes = [{
    name               = "currentDate"
    hash_key           = "currentDate"
    range_key          = "timestamp"
    projection_type    = "ALL"
    non_key_attributes = []
  }]

  replica_regions = [{
    region_name = var.AWS_SECONDARY_REGION
    kms_key_arn = local.dynamodb_secondary_kms_key_arn # offline: was data.aws_secretsmanager_secret_version.dynamodb-secondary-kms-key-version.secret_string
  }]

  tags = {
    Industry = "GFS"
    Program = "AppRotation"
    Application = var.APP
    Component   = var.COMPONENT
    Environment = var.ENV
  }
}

//resource "aws_ssm_parameter" "dynamodb_param" {
//  name  = "/approtation/${var.APP}/${var.COMPONENT}/dynamodb"
//  type  = "String"
//  value = "${var.APP}-${var.COMPONENT}-dynamodb-store"
//}

module "secret" {

  source                = "../secret"

  NAME                  = "${var.APP}-${var.COMPONENT}-dynamodb"
  VALUE                 = "${var.APP}-${var.COMPONENT}-dynamodb-store"
  AWS_BACKUP_REGION     = var.AWS_SECONDARY_REGION
}
