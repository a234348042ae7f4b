# offline: only this resource of upstream account_logging.tf (lines 15-19)
resource "aws_ebs_encryption_by_default" "logging" {
  provider = aws.logging

  enabled = var.aws_ebs_encryption_by_default
}
