output "alerter_lambda" {
  value = aws_lambda_function.alerter.arn
}