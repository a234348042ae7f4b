output "function" {
  value = aws_lambda_function.myfunc
}