locals { offline_data_aws_caller_identity_current = { account_id = "123456789012", arn = "arn:aws:iam::123456789012:role/offline", id = "123456789012" } } # offline: was data "aws_caller_identity" "current" {} (STS)

resource "aws_iam_role" "execution_role" {
  name               = "${var.environment_name}-execution-role-ecs-cluster"
  assume_role_policy = data.aws_iam_policy_document.execution_role_assume_policy.json
}

data "aws_iam_policy_document" "execution_role_assume_policy" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      identifiers = ["ecs-tasks.amazonaws.com"]
      type        = "Service"
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [local.offline_data_aws_caller_identity_current.account_id]
    }
  }
}
