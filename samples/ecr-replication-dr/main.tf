# A warm standby of a container service: the image registry replicates
# from us-east-1 to us-west-2, and both regions run the ECS service, but
# only us-east-1 has a load balancer. ECR replication was no evidence of
# DR intent (an aws_ami_copy was), so dr-components-per-region found no DR
# topology and skipped the plan. It is evidence now: us-west-2 fails for
# its missing load balancer tier, and so do dns and monitoring.
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

resource "aws_ecr_repository" "app" {
  name = "app"
}

resource "aws_ecr_replication_configuration" "to_dr" {
  replication_configuration {
    rule {
      destination {
        region      = "us-west-2"
        registry_id = "123456789012"
      }
    }
  }
}

resource "aws_ecs_cluster" "app" {
  name = "app"
}

resource "aws_ecs_cluster" "app_dr" {
  provider = aws.dr
  name     = "app"
}

resource "aws_ecs_service" "app" {
  name            = "app"
  cluster         = aws_ecs_cluster.app.id
  task_definition = "app:1"
  desired_count   = 2
}

resource "aws_ecs_service" "app_dr" {
  provider        = aws.dr
  name            = "app"
  cluster         = aws_ecs_cluster.app_dr.id
  task_definition = "app:1"
  desired_count   = 1
}

resource "aws_lb" "app" {
  name     = "app"
  internal = true
  subnets  = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
}
