# offline: only this resource of upstream account_audit.tf (lines 15-19)
resource "aws_ebs_encryption_by_default" "audit" {
  provider = aws.audit

  enabled = var.aws_ebs_encryption_by_default
}
