# A bucket with the inline (deprecated) encryption and replication blocks
# of terraform-aws-modules/s3-bucket 2.x, the replication filled from a
# map input by dynamic blocks.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws" }
  }
}

variable "bucket" {
  type = string
}

variable "kms_key_arn" {
  type = string
}

variable "replication_configuration" {
  type    = any
  default = {}
}

resource "aws_s3_bucket" "this" {
  bucket = var.bucket

  versioning {
    enabled = true
  }

  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm     = "aws:kms"
        kms_master_key_id = var.kms_key_arn
      }
    }
  }

  dynamic "replication_configuration" {
    for_each = length(keys(var.replication_configuration)) == 0 ? [] : [var.replication_configuration]
    content {
      role = replication_configuration.value.role
      dynamic "rules" {
        for_each = replication_configuration.value.rules
        content {
          id     = lookup(rules.value, "id", null)
          status = rules.value.status
          destination {
            bucket             = rules.value.destination.bucket
            replica_kms_key_id = lookup(rules.value.destination, "replica_kms_key_id", null)
          }
          source_selection_criteria {
            sse_kms_encrypted_objects {
              enabled = true
            }
          }
        }
      }
    }
  }
}

output "arn" {
  value = aws_s3_bucket.this.arn
}
