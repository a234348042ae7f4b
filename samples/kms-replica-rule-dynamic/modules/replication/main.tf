# A replication configuration whose role and rules are the caller's,
# with rules only when there is a role.

variable "bucket" { type = string }
variable "replication" {
  type = object({
    role = string
    rules = list(object({
      id                 = string
      destination_bucket = string
      replica_kms_key_id = string
    }))
  })
}

resource "aws_s3_bucket_replication_configuration" "this" {
  bucket = var.bucket
  role   = var.replication.role

  dynamic "rule" {
    for_each = var.replication.role != "" ? var.replication.rules : []
    content {
      id     = rule.value.id
      status = "Enabled"
      filter {}
      delete_marker_replication {
        status = "Enabled"
      }
      source_selection_criteria {
        sse_kms_encrypted_objects {
          status = "Enabled"
        }
      }
      destination {
        bucket = rule.value.destination_bucket
        encryption_configuration {
          replica_kms_key_id = rule.value.replica_kms_key_id
        }
      }
    }
  }
}
