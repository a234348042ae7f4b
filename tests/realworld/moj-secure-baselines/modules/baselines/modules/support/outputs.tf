output "aws_support_role_arn" {
  value = aws_iam_role.support.arn
}