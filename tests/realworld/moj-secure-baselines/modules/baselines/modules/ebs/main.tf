resource "aws_ebs_encryption_by_default" "default" {
  enabled = true
}
