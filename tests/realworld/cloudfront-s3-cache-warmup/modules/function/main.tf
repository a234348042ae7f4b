# offline: was data "archive_file" "lambda_zip" { type = "zip", source_dir = var.source_dir,
# output_path = "${var.source_dir}.zip" } (hashicorp/archive, not in the offline mirror;
# the Go binary it zips is built by deploy.sh); its output_path as a local instead
locals {
  offline_lambda_zip_output_path = "${var.source_dir}.zip"
}

resource "aws_lambda_function" "myfunc" {
  filename         = local.offline_lambda_zip_output_path
  function_name    = var.function_name
  role             = aws_iam_role.iam_for_terraform_lambda.arn
  handler          = var.lambda_handler
  source_code_hash = "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=" # offline: was filebase64sha256(data.archive_file.lambda_zip.output_path); the zip is not built here
  runtime          = "go1.x"
  timeout          = 540
  tags             = var.tags

  environment {
    variables = {
      DOMAIN_NAME                = var.cloudfront_distribution.domain_name
    }
  }

  # Explicitly declare dependency on EFS mount target.
  # When creating or updating Lambda functions, mount target must be in 'available' lifecycle state.
  depends_on = [
    aws_cloudwatch_log_group.lambda_log_group,
    # offline: data.archive_file.lambda_zip removed with the data source
  ]
}
