# offline: data "aws_availability_zones" "available" { state = "available" }
# (EC2 DescribeAvailabilityZones at plan time) replaced by a local with the
# same shape (.names): eu-west-1's three zones, the names the data source
# returns there, built from data "aws_region" (no API call)
locals {
  offline_availability_zones = {
    names = ["${data.aws_region.current.name}a", "${data.aws_region.current.name}b", "${data.aws_region.current.name}c"]
  }
}

data "aws_ami" "amazon-linux-2" {
  most_recent = true
  owners      = ["amazon"]
  name_regex  = "amzn2-ami-hvm*"

  # offline: read at apply, not at plan (it calls EC2 DescribeImages); the
  # instances still take their ami from this lookup, as upstream
  depends_on = [aws_iam_role.instance_role]
}

data "aws_region" "current" {}
