# no-open-ingress on a plan where a module's input declared `sensitive =
# true` feeds a security group's inline ingress block (as
# clouddrove/terraform-aws-efs declares its security_groups): terraform
# marks the group's whole ingress sensitive, so how many rules it has and
# what they open may not show. The group is one undecided subject saying
# so, and the rest of the plan is judged: ssh_world, open on port 22 to
# 0.0.0.0/0, fails. (The sensitive list stopped the whole check, exit 2,
# with no report.)
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  region                      = "eu-west-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_security_group" "ssh" {
  name   = "ssh"
  vpc_id = aws_vpc.main.id
}

resource "aws_security_group_rule" "ssh_world" {
  type              = "ingress"
  security_group_id = aws_security_group.ssh.id
  protocol          = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_blocks       = ["0.0.0.0/0"]
}

module "efs_sg" {
  source          = "./modules/efs_sg"
  vpc_id          = aws_vpc.main.id
  security_groups = [aws_security_group.ssh.id]
}
