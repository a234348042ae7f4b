# no-open-ingress's message on groups open to 0.0.0.0/0 whose users have
# no public address, where plan JSON does not show them all:
# - a Fargate service names its group through a local value in a
#   `dynamic "network_configuration"` block (terraform-aws-modules/ecs's
#   service module writes it so): plan JSON records no reference, and only
#   the terraform graph (--tf-graph, `-type=plan`: the service depends on
#   the local, which depends on the group) shows the user;
# - an Aurora cluster whose only instance is not publicly_accessible;
# - a group nothing uses.
# Each rule fails (a database or admin port open to 0.0.0.0/0), but the
# message told the first two they opened "to the internet", as if a
# public address used them; it now names their private users, and says
# of the unused group that it is open to the internet for whatever joins
# it. Without --tf-graph the service's group is one the plan shows no
# user of.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  region                      = "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_vpc" "this" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "private" {
  vpc_id            = aws_vpc.this.id
  cidr_block        = "10.0.1.0/24"
  availability_zone = "us-east-1a"
}

resource "aws_subnet" "private_b" {
  vpc_id            = aws_vpc.this.id
  cidr_block        = "10.0.2.0/24"
  availability_zone = "us-east-1b"
}

resource "aws_ecs_cluster" "this" {
  name = "load"
}

resource "aws_security_group" "worker" {
  name   = "worker"
  vpc_id = aws_vpc.this.id

  ingress {
    from_port   = 8089
    to_port     = 8089
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

locals {
  network_configuration = {
    assign_public_ip = false
    security_groups  = [aws_security_group.worker.id]
    subnets          = [aws_subnet.private.id]
  }
}

resource "aws_ecs_service" "worker" {
  name            = "worker"
  cluster         = aws_ecs_cluster.this.id
  task_definition = "worker:1"
  launch_type     = "FARGATE"
  desired_count   = 1

  dynamic "network_configuration" {
    for_each = [local.network_configuration]
    content {
      assign_public_ip = network_configuration.value.assign_public_ip
      security_groups  = network_configuration.value.security_groups
      subnets          = network_configuration.value.subnets
    }
  }
}

resource "aws_security_group" "aurora" {
  name   = "aurora"
  vpc_id = aws_vpc.this.id

  ingress {
    from_port   = 3306
    to_port     = 3306
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_db_subnet_group" "aurora" {
  name       = "aurora"
  subnet_ids = [aws_subnet.private.id, aws_subnet.private_b.id]
}

resource "aws_rds_cluster" "app" {
  cluster_identifier          = "app"
  engine                      = "aurora-mysql"
  master_username             = "app"
  manage_master_user_password = true
  db_subnet_group_name        = aws_db_subnet_group.aurora.name
  vpc_security_group_ids      = [aws_security_group.aurora.id]
  skip_final_snapshot         = true
}

resource "aws_rds_cluster_instance" "app" {
  identifier          = "app-1"
  cluster_identifier  = aws_rds_cluster.app.id
  engine              = aws_rds_cluster.app.engine
  instance_class      = "db.r6g.large"
  publicly_accessible = false
}

resource "aws_security_group" "unused" {
  name   = "unused"
  vpc_id = aws_vpc.this.id

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
