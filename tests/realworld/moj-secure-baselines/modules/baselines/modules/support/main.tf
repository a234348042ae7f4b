# offline: data "aws_caller_identity" "current" {} (STS at plan time) ->
# local.offline_caller_account_id, the workspace account of the root's
# local.environment_management (see SOURCE.md)
locals {
  offline_caller_account_id = "111122223333"
}

# Create an IAM role for AWS Support service access
resource "aws_iam_role" "support" {
  name               = var.role_name
  assume_role_policy = data.aws_iam_policy_document.assume-role-policy.json
  tags               = var.tags
}

data "aws_iam_policy_document" "assume-role-policy" {
  version = "2012-10-17"
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::${local.offline_caller_account_id}:root"]
    }
  }
}

resource "aws_iam_role_policy_attachment" "support" {
  role       = aws_iam_role.support.id
  policy_arn = "arn:aws:iam::aws:policy/AWSSupportAccess"
}
