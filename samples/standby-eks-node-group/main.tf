# standby-capacity over EKS managed node groups. Two EKS clusters, one per
# region; the DR cluster's node group has min_size = 0 and desired_size = 0:
# a cold standby that schedules no pod until nodes launch and join. The
# query read only aws_autoscaling_group and skipped ("fewer than two
# regions hold an aws_autoscaling_group"), although dr-components-per-region
# counts node groups as compute. It now counts a node group's
# scaling_config.min_size (an autoscaler in the cluster, outside the plan,
# may shrink it to that): ap-southeast-1 fails, ap-south-1 passes with 1.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}
provider "aws" {
  alias                       = "primary"
  region                      = "ap-south-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
provider "aws" {
  alias                       = "dr"
  region                      = "ap-southeast-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
resource "aws_iam_role" "r" {
  provider           = aws.primary
  name               = "eks"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = ["eks.amazonaws.com", "ec2.amazonaws.com"] } }] })
}
resource "aws_eks_cluster" "primary" {
  provider = aws.primary
  name     = "primary"
  role_arn = aws_iam_role.r.arn
  vpc_config { subnet_ids = ["subnet-0a000000000000001", "subnet-0a000000000000002"] }
}
resource "aws_eks_node_group" "primary" {
  provider        = aws.primary
  cluster_name    = aws_eks_cluster.primary.name
  node_group_name = "default"
  node_role_arn   = aws_iam_role.r.arn
  subnet_ids      = ["subnet-0a000000000000001", "subnet-0a000000000000002"]
  scaling_config {
    desired_size = 2
    min_size     = 1
    max_size     = 3
  }
}
resource "aws_eks_cluster" "dr" {
  provider = aws.dr
  name     = "dr"
  role_arn = aws_iam_role.r.arn
  vpc_config { subnet_ids = ["subnet-0b000000000000001", "subnet-0b000000000000002"] }
}
# The cold standby: no node in the DR region.
resource "aws_eks_node_group" "dr" {
  provider        = aws.dr
  cluster_name    = aws_eks_cluster.dr.name
  node_group_name = "default"
  node_role_arn   = aws_iam_role.r.arn
  subnet_ids      = ["subnet-0b000000000000001", "subnet-0b000000000000002"]
  scaling_config {
    desired_size = 0
    min_size     = 0
    max_size     = 2
  }
}
