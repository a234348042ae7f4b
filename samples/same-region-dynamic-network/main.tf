# same-region-references on DR-region Fargate services whose
# network_configuration is a `dynamic` block over a local value, as
# terraform-aws-modules/ecs's service module writes it. Plan JSON records
# no reference from such a block, so neither service was a subject. The
# terraform graph (--tf-graph) shows the subnets and security groups each
# depends on: aws_ecs_service.dr_slip (us-west-2) takes the primary
# region's subnet and group (a copy-paste slip ECS rejects: it resolves
# them in us-west-2) and fails; aws_ecs_service.dr takes its own region's
# and passes. (Were both read from one local map, the graph, which is of
# the configuration, would show each depending on both regions' subnets:
# undecided.) From the plan alone neither is judged, as before.
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

provider "aws" {
  alias                       = "dr"
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_vpc" "primary" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "primary" {
  vpc_id     = aws_vpc.primary.id
  cidr_block = "10.0.1.0/24"
}

resource "aws_security_group" "primary" {
  name   = "app-primary"
  vpc_id = aws_vpc.primary.id
}

resource "aws_vpc" "dr" {
  provider   = aws.dr
  cidr_block = "10.1.0.0/16"
}

resource "aws_subnet" "dr" {
  provider   = aws.dr
  vpc_id     = aws_vpc.dr.id
  cidr_block = "10.1.1.0/24"
}

resource "aws_security_group" "dr" {
  provider = aws.dr
  name     = "app-dr"
  vpc_id   = aws_vpc.dr.id
}

resource "aws_ecs_cluster" "dr" {
  provider = aws.dr
  name     = "app-dr"
}

locals {
  network_dr   = { subnets = [aws_subnet.dr.id], security_groups = [aws_security_group.dr.id] }
  network_slip = { subnets = [aws_subnet.primary.id], security_groups = [aws_security_group.primary.id] }
}

resource "aws_ecs_service" "dr" {
  provider        = aws.dr
  name            = "app"
  cluster         = aws_ecs_cluster.dr.id
  task_definition = "app:1"
  launch_type     = "FARGATE"
  desired_count   = 1

  dynamic "network_configuration" {
    for_each = [local.network_dr]
    content {
      assign_public_ip = false
      subnets          = network_configuration.value.subnets
      security_groups  = network_configuration.value.security_groups
    }
  }
}

resource "aws_ecs_service" "dr_slip" {
  provider        = aws.dr
  name            = "worker"
  cluster         = aws_ecs_cluster.dr.id
  task_definition = "worker:1"
  launch_type     = "FARGATE"
  desired_count   = 1

  dynamic "network_configuration" {
    for_each = [local.network_slip]
    content {
      assign_public_ip = false
      subnets          = network_configuration.value.subnets
      security_groups  = network_configuration.value.security_groups
    }
  }
}
