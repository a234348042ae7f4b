# same-region-references when one resource of a two-region plan takes a
# setting through a local value, which plan JSON does not describe: the
# EKS cluster's vpc_config reads its subnets and security group from
# locals that choose them by a condition (as terraform-aws-modules/eks
# does). Only that cluster is undecided (whether its subnets and group
# are of its region is not shown); the subnets and the database of the
# other region, whose own references plan JSON resolves, keep their
# verdicts: aws_db_subnet_group.dr passes, and
# aws_db_instance.dr, made in us-west-2 with us-east-1's subnet group,
# fails. (Each was undecided, for the cluster's local.)
# Plan it with scripts/regen-samples.

variable "create_cluster_group" {
  type    = bool
  default = true
}

variable "cluster_group_id" {
  type    = string
  default = ""
}

locals {
  cluster_group   = var.create_cluster_group ? aws_security_group.cluster[0].id : var.cluster_group_id
  cluster_subnets = var.create_cluster_group ? aws_subnet.main[*].id : []
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "main" {
  count             = 2
  vpc_id            = aws_vpc.main.id
  cidr_block        = cidrsubnet("10.0.0.0/16", 8, count.index)
  availability_zone = ["us-east-1a", "us-east-1b"][count.index]
}

resource "aws_security_group" "cluster" {
  count  = var.create_cluster_group ? 1 : 0
  name   = "cluster"
  vpc_id = aws_vpc.main.id
}

resource "aws_iam_role" "cluster" {
  name = "cluster"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "eks.amazonaws.com" } }]
  })
}

resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = aws_iam_role.cluster.arn
  vpc_config {
    subnet_ids         = local.cluster_subnets
    security_group_ids = compact([local.cluster_group])
  }
}

resource "aws_db_subnet_group" "main" {
  name       = "main"
  subnet_ids = aws_subnet.main[*].id
}

resource "aws_vpc" "dr" {
  provider   = aws.dr
  cidr_block = "10.1.0.0/16"
}

resource "aws_subnet" "dr" {
  count             = 2
  provider          = aws.dr
  vpc_id            = aws_vpc.dr.id
  cidr_block        = cidrsubnet("10.1.0.0/16", 8, count.index)
  availability_zone = ["us-west-2a", "us-west-2b"][count.index]
}

resource "aws_db_subnet_group" "dr" {
  provider   = aws.dr
  name       = "dr"
  subnet_ids = aws_subnet.dr[*].id
}

resource "aws_db_instance" "dr" {
  provider             = aws.dr
  identifier           = "orders-dr"
  engine               = "postgres"
  instance_class       = "db.r6g.large"
  allocated_storage    = 20
  username             = "app"
  manage_master_user_password = true
  db_subnet_group_name = aws_db_subnet_group.main.name
  skip_final_snapshot  = true
}
