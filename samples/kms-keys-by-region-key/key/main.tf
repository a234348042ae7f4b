# One customer-managed key, for samples/kms-keys-by-region-key.
resource "aws_kms_key" "this" {
  description = "app data"
}

output "key_arn" {
  value = aws_kms_key.this.arn
}
