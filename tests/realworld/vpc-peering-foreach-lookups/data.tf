// Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
// SPDX-License-Identifier: MIT-0

# offline: data "aws_availability_zones" "available" { state = "available" }
# (EC2 DescribeAvailabilityZones at plan time) replaced by the region's first
# zone names, read from data "aws_region" (no API call)
data "aws_region" "current" {}

locals {
  offline_az_names = ["${data.aws_region.current.name}a", "${data.aws_region.current.name}b", "${data.aws_region.current.name}c"]
}

data "aws_vpc" "vpcs" {
  for_each = var.vpcs
  depends_on = [
    module.vpcs]
  filter {
    name = "tag:Name"
    values = [
      each.key]
  }
}

data "aws_route_table" "public-tables" {
  depends_on = [
    module.vpcs]
  for_each = var.vpcs
  filter {
    name = "tag:Name"
    values = [
      "${each.key}-public"]
  }
}

data "aws_route_table" "private-tables" {
  depends_on = [
    module.vpcs]
  for_each = local.peers_private
  filter {
    name = "tag:Name"
    values = [
      each.key]
  }
}
