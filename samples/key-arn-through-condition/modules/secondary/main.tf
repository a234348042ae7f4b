# A global database's secondary whose key is chosen by a condition over
# its inputs (see the sample's main.tf).

terraform {
  required_providers {
    aws = { source = "hashicorp/aws" }
  }
}

variable "global_database_secondary" {
  type    = object({ global_cluster_identifier = string })
  default = null
}

variable "kms_key_id" {
  type    = string
  default = null
}

variable "name" {
  type = string
}

data "aws_region" "current" {}

locals {
  global_cluster_identifier = var.global_database_secondary != null ? var.global_database_secondary.global_cluster_identifier : null
  kms_key_arn               = var.global_database_secondary != null && var.kms_key_id == null ? "arn:aws:kms:${data.aws_region.current.name}:111122223333:key/0000aaaa-1111-4222-8333-44445555aaaa" : var.kms_key_id
}

resource "aws_rds_cluster" "this" {
  cluster_identifier        = var.name
  global_cluster_identifier = local.global_cluster_identifier
  engine                    = "aurora-postgresql"
  engine_version            = "15.4"
  storage_encrypted         = true
  kms_key_id                = local.kms_key_arn
  skip_final_snapshot       = true
}
