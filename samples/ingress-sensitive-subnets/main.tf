# no-open-ingress on a Fargate service's group whose subnets are
# sensitive. The service reads its subnet ids from SSM parameters, which
# the AWS provider always marks sensitive (here: a variable marked so),
# so plan JSON marks network_configuration's subnets. Whether the block
# is known says nothing of the subnets, and the service takes no public
# address (assign_public_ip = false, not sensitive): the group fails, and
# its message says, as for any private user, that 0.0.0.0/0 is every
# network routed into the VPC, not the internet. It said "opens ports
# 0-65535 to (sensitive)": known() of the block was marked by the
# subnets inside it.
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

variable "private_subnet_ids" {
  type      = list(string)
  sensitive = true
  default   = ["subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788"]
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_security_group" "tasks" {
  name   = "sales-api"
  vpc_id = aws_vpc.main.id
  ingress {
    from_port   = 0
    to_port     = 65535
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_ecs_cluster" "main" {
  name = "sales"
}

resource "aws_ecs_service" "api" {
  name            = "sales-api"
  cluster         = aws_ecs_cluster.main.id
  task_definition = "sales-api:1"
  desired_count   = 1
  launch_type     = "FARGATE"
  network_configuration {
    subnets          = var.private_subnet_ids
    security_groups  = [aws_security_group.tasks.id]
    assign_public_ip = false
  }
}
