locals {
  flow_logs_to_cw_logs = var.enable_flow_logs && var.flow_logs_destination_type == "cloud-watch-logs"
}

# offline: data "aws_subnets" "default" (the default-for-az subnets) and
# data "aws_subnet" "default" (each of them) call EC2 at plan time; the
# default subnets are taken to be one per availability zone of the region,
# the zones a new account sees there, from a literal map (SOURCE.md).
# data "aws_region" makes no API call.
data "aws_region" "current" {}

locals {
  default_subnet_azs = {
    "ap-northeast-1" = ["ap-northeast-1a", "ap-northeast-1c", "ap-northeast-1d"]
    "ap-northeast-2" = ["ap-northeast-2a", "ap-northeast-2b", "ap-northeast-2c", "ap-northeast-2d"]
    "ap-northeast-3" = ["ap-northeast-3a", "ap-northeast-3b", "ap-northeast-3c"]
    "ap-south-1"     = ["ap-south-1a", "ap-south-1b", "ap-south-1c"]
    "ap-southeast-1" = ["ap-southeast-1a", "ap-southeast-1b", "ap-southeast-1c"]
    "ap-southeast-2" = ["ap-southeast-2a", "ap-southeast-2b", "ap-southeast-2c"]
    "ca-central-1"   = ["ca-central-1a", "ca-central-1b", "ca-central-1d"]
    "eu-central-1"   = ["eu-central-1a", "eu-central-1b", "eu-central-1c"]
    "eu-north-1"     = ["eu-north-1a", "eu-north-1b", "eu-north-1c"]
    "eu-west-1"      = ["eu-west-1a", "eu-west-1b", "eu-west-1c"]
    "eu-west-2"      = ["eu-west-2a", "eu-west-2b", "eu-west-2c"]
    "eu-west-3"      = ["eu-west-3a", "eu-west-3b", "eu-west-3c"]
    "sa-east-1"      = ["sa-east-1a", "sa-east-1b", "sa-east-1c"]
    "us-east-1"      = ["us-east-1a", "us-east-1b", "us-east-1c", "us-east-1d", "us-east-1e", "us-east-1f"]
    "us-east-2"      = ["us-east-2a", "us-east-2b", "us-east-2c"]
    "us-west-1"      = ["us-west-1a", "us-west-1c"]
    "us-west-2"      = ["us-west-2a", "us-west-2b", "us-west-2c", "us-west-2d"]
  }
}

# --------------------------------------------------------------------------------------------------
# Enable VPC Flow Logs for the default VPC.
# --------------------------------------------------------------------------------------------------

resource "aws_cloudwatch_log_group" "default_vpc_flow_logs" {
  count = var.enable_flow_logs && local.flow_logs_to_cw_logs ? 1 : 0

  name              = var.flow_logs_log_group_name
  retention_in_days = var.flow_logs_retention_in_days

  tags = var.tags
}

resource "aws_flow_log" "default_vpc_flow_logs" {
  count = var.enable_flow_logs ? 1 : 0

  log_destination_type = var.flow_logs_destination_type
  log_destination      = local.flow_logs_to_cw_logs ? aws_cloudwatch_log_group.default_vpc_flow_logs[0].arn : "${var.flow_logs_s3_arn}/${var.flow_logs_s3_key_prefix}"
  iam_role_arn         = local.flow_logs_to_cw_logs ? var.flow_logs_iam_role_arn : null
  vpc_id               = aws_default_vpc.default.id
  traffic_type         = "ALL"

  tags = var.tags
}

# --------------------------------------------------------------------------------------------------
# Clears rules associated with default resources.
# --------------------------------------------------------------------------------------------------

resource "aws_default_vpc" "default" {
  tags = merge(
    var.tags,
    { Name = "Default VPC" }
  )
}

resource "aws_default_subnet" "default" {
  for_each = toset(local.default_subnet_azs[data.aws_region.current.name]) # offline: upstream data.aws_subnet.default

  availability_zone       = each.value # offline: upstream each.value.availability_zone
  map_public_ip_on_launch = false

  tags = merge(
    var.tags,
    { Name = "Default Subnet" }
  )
}

resource "aws_default_route_table" "default" {
  default_route_table_id = aws_default_vpc.default.default_route_table_id

  tags = merge(
    var.tags,
    { Name = "Default Route Table" }
  )
}

# Ignore "subnet_ids" changes to avoid the known issue below.
# https://github.com/hashicorp/terraform/issues/9824
# https://github.com/terraform-providers/terraform-provider-aws/issues/346
resource "aws_default_network_acl" "default" {
  default_network_acl_id = aws_default_vpc.default.default_network_acl_id

  tags = merge(
    var.tags,
    { Name = "Default Network ACL" }
  )

  lifecycle {
    ignore_changes = [subnet_ids]
  }
}

resource "aws_default_security_group" "default" {
  vpc_id = aws_default_vpc.default.id

  tags = merge(
    var.tags,
    { Name = "Default Security Group" }
  )
}
