# offline: resource "random_pet" "this" (hashicorp/random, not in the mirror)
# replaced by var.offline_pet_id (variables.tf), a literal per call

# offline: data "archive_file" "lambda" (hashicorp/archive, not in the mirror)
# removed: it zipped index.py ("def lambda_handler(event, context): \n    return event")
# into "${path.module}/test.zip"; the function's filename is that path and its
# source_code_hash null

data "aws_iam_policy_document" "assume_role" {
  statement {
    effect = "Allow"

    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

data "aws_iam_policy_document" "lambda" {
  statement {
    sid = "AllowWriteToCloudwatchLogs"

    effect = "Allow"

    actions = [
      "logs:CreateLogGroup",
      "logs:CreateLogStream",
      "logs:PutLogEvents",
    ]

    resources = ["arn:aws:logs:*:*:*"]
  }
}

resource "aws_iam_role" "lambda" {
  name_prefix        = "lambda-${var.offline_pet_id}-"
  assume_role_policy = data.aws_iam_policy_document.assume_role.json
}

resource "aws_iam_role_policy" "lambda" {
  name_prefix = "lambda-policy-"
  role        = aws_iam_role.lambda.id

  policy = data.aws_iam_policy_document.lambda.json
}

resource "aws_lambda_function" "this" {
  filename         = "${path.module}/test.zip" # offline: was data.archive_file.lambda.output_path
  function_name    = "index_${var.offline_pet_id}"
  role             = aws_iam_role.lambda.arn
  handler          = "index.lambda_handler"
  source_code_hash = null # offline: was data.archive_file.lambda.output_base64sha256
  runtime          = "python3.9"
}
