# offline: data "archive_file" "handler" (hashicorp/archive, not hashicorp/aws:
# type = "zip", source_file = "${path.module}/index.js", output_path =
# "${path.module}/index.zip") removed; filename is its output_path, and
# source_code_hash (its output_base64sha256) is dropped

resource "aws_lambda_function" "function" {
  provider         = aws.region
  function_name    = "hello-world"
  filename         = "${path.module}/index.zip" # offline: was data.archive_file.handler.output_path
  role             = local.offline_lambda_execution_role_arn # offline: was data.aws_iam_role.lambda_execution_role.arn
  handler          = "index.handler"
  memory_size      = 128
  runtime          = "nodejs20.x"
  timeout          = 3
  architectures    = ["arm64"]

  environment {
    variables = {
      NODE_ENV = "production"
    }
  }

  logging_config {
    log_format            = "JSON"
    application_log_level = "INFO"
    system_log_level      = "INFO"
  }
}

resource "aws_lambda_permission" "permission" {
  provider      = aws.region
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.function.function_name
  principal     = "apigateway.amazonaws.com"
}