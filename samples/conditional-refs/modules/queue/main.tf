# A queue whose key and policy are optional, behind a condition.
variable "gate" {
  type    = string
  default = null
}

variable "kms_master_key_id" {
  type    = string
  default = null
}

variable "policy" {
  type    = string
  default = null
}

resource "aws_sqs_queue" "this" {
  name              = "q"
  kms_master_key_id = var.gate == null ? var.kms_master_key_id : null
  policy            = var.gate == null ? var.policy : null
}
