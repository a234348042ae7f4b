locals { offline_data_aws_caller_identity_current = { account_id = "123456789012", arn = "arn:aws:iam::123456789012:role/offline", id = "123456789012" } } # offline: was data "aws_caller_identity" "current" {} (STS)

resource "aws_iam_role" "lambda_role" {
  name               = "${var.lambda_name}-${var.environment}"
  assume_role_policy = data.aws_iam_policy_document.lambda_assume.json
  lifecycle {
    create_before_destroy = true
  }
}

data "aws_iam_policy_document" "lambda_assume" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [local.offline_data_aws_caller_identity_current.account_id]
    }
  }
}

locals { offline_data_aws_iam_policy_aws_xray_write_only_access = { arn = "arn:aws:iam::aws:policy/aws-xray-write-only-access", name = "aws-xray-write-only-access", id = "arn:aws:iam::aws:policy/aws-xray-write-only-access" } } # offline: was data "aws_iam_policy" "aws_xray_write_only_access" (provider aws), needs the AWS API



resource "aws_iam_role_policy_attachment" "aws_xray_write_only_access" {
  role       = aws_iam_role.lambda_role.name
  policy_arn = local.offline_data_aws_iam_policy_aws_xray_write_only_access.arn
}

resource "aws_iam_role_policy" "lambda" {
  name   = "lambda-${var.environment}"
  role   = aws_iam_role.lambda_role.id
  policy = data.aws_iam_policy_document.lambda.json
}

data "aws_iam_policy_document" "lambda" {
  statement {
    sid       = "allowLogging"
    effect    = "Allow"
    resources = [aws_cloudwatch_log_group.lambda.arn]
    actions = [
      "logs:CreateLogStream",
      "logs:PutLogEvents",
      "logs:DescribeLogStreams"
    ]
  }

  statement {
    sid       = "AllowECRAccess"
    effect    = "Allow"
    resources = [var.ecr_arn]
    actions = [
      "ecr:SetRepositoryPolicy",
      "ecr:GetRepositoryPolicy",
      "ecr:GetDownloadUrlForLayer",
      "ecr:BatchGetImage",
      "ecr:BatchCheckLayerAvailability",
      "ecr:GetAuthorizationToken",
      "ecr:BatchGetImage",
      "ecr:DescribeImages",
      "ecr:DescribeRepositories",
      "ecr:ListImages",
      "ecr:PutImage",
      "ecr:InitiateLayerUpload",
      "ecr:UploadLayerPart",
      "ecr:CompleteLayerUpload",
    ]
  }
}

resource "aws_iam_role_policy_attachment" "vpc_access_execution_role" {
  role       = aws_iam_role.lambda_role.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole"
}
