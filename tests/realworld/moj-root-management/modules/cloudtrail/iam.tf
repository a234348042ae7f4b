###################
# CloudTrail role #
###################
resource "aws_iam_role" "cloudtrail" {
  name               = "cloudtrail"
  assume_role_policy = data.aws_iam_policy_document.cloudtrail_assume_role.json
}

data "aws_iam_policy_document" "cloudtrail_assume_role" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["cloudtrail.amazonaws.com"]
    }
  }
}

# Role policy attachments
resource "aws_iam_role_policy_attachment" "cloudtrail" {
  role       = aws_iam_role.cloudtrail.id
  policy_arn = aws_iam_policy.cloudtrail.arn
}

#######################
# CloudTrail policies #
#######################
resource "aws_iam_policy" "cloudtrail" {
  name   = "AWSCloudTrail"
  policy = data.aws_iam_policy_document.cloudtrail.json
}

data "aws_iam_policy_document" "cloudtrail" {
  statement {
    effect    = "Allow"
    actions   = ["logs:CreateLogStream"]
    resources = ["arn:aws:logs:${data.aws_region.current.name}:111111111111:log-group:${aws_cloudwatch_log_group.cloudtrail.name}:log-stream:*"] # offline: was data.aws_caller_identity.current.account_id
  }

  statement {
    effect  = "Allow"
    actions = ["logs:PutLogEvents"]
    #tfsec:ignore:aws-iam-no-policy-wildcards
    resources = ["arn:aws:logs:${data.aws_region.current.name}:111111111111:log-group:${aws_cloudwatch_log_group.cloudtrail.name}:log-stream:*"] # offline: was data.aws_caller_identity.current.account_id
  }
}
