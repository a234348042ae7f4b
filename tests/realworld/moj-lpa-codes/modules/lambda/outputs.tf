output "lambda" {
  description = "The lambda function"
  value       = aws_lambda_function.lambda_function
}
