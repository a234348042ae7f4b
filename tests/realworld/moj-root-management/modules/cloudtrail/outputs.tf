output "kms_key_arn" {
  value = aws_kms_key.cloudtrail.arn
}
