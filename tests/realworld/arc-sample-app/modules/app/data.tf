data "aws_ami" "al2" {
  # offline: deferred to apply (EC2 DescribeImages)
  depends_on = [aws_iam_role.app_role]

  most_recent = true
  owners      = ["amazon"]

  filter {
    name   = "architecture"
    values = ["arm64"]
  }

  filter {
    name   = "owner-alias"
    values = ["amazon"]
  }

  filter {
    name   = "name"
    values = ["amzn2-ami-hvm*"]
  }
}
