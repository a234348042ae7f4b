# A bucket module in the form of terraform-aws-modules/s3-bucket 2.x: the
# encryption and replication settings are dynamic blocks inline on
# aws_s3_bucket, filled from object-typed inputs.
variable "bucket" {
  type = string
}

variable "server_side_encryption_configuration" {
  type    = any
  default = {}
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

  dynamic "server_side_encryption_configuration" {
    for_each = length(keys(var.server_side_encryption_configuration)) == 0 ? [] : [var.server_side_encryption_configuration]
    content {
      dynamic "rule" {
        for_each = length(keys(lookup(server_side_encryption_configuration.value, "rule", {}))) == 0 ? [] : [lookup(server_side_encryption_configuration.value, "rule", {})]
        content {
          bucket_key_enabled = lookup(rule.value, "bucket_key_enabled", null)
          dynamic "apply_server_side_encryption_by_default" {
            for_each = length(keys(lookup(rule.value, "apply_server_side_encryption_by_default", {}))) == 0 ? [] : [lookup(rule.value, "apply_server_side_encryption_by_default", {})]
            content {
              sse_algorithm     = apply_server_side_encryption_by_default.value.sse_algorithm
              kms_master_key_id = lookup(apply_server_side_encryption_by_default.value, "kms_master_key_id", null)
            }
          }
        }
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
          id     = rules.value.id
          status = "Enabled"
          dynamic "source_selection_criteria" {
            for_each = lookup(rules.value, "replica_kms_key_id", null) == null ? [] : [1]
            content {
              sse_kms_encrypted_objects {
                enabled = true
              }
            }
          }
          destination {
            bucket             = rules.value.destination_bucket
            replica_kms_key_id = lookup(rules.value, "replica_kms_key_id", null)
          }
        }
      }
    }
  }
}

output "arn" {
  value = aws_s3_bucket.this.arn
}
