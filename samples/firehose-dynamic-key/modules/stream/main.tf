# A delivery stream whose destination is a `dynamic` block, as
# fdmsantos/terraform-aws-kinesis-firehose writes every destination: plan
# JSON records no expression of it.
variable "name" { type = string }
variable "bucket_arn" { type = string }
variable "kms_key_arn" { type = string }
variable "role_arn" { type = string }

resource "aws_kinesis_firehose_delivery_stream" "this" {
  name        = var.name
  destination = "extended_s3"
  dynamic "extended_s3_configuration" {
    for_each = [1]
    content {
      role_arn    = var.role_arn
      bucket_arn  = var.bucket_arn
      kms_key_arn = var.kms_key_arn
    }
  }
}
