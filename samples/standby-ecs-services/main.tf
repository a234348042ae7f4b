# standby-capacity with ECS services: one application in us-east-1 and
# us-west-2, each an ECS service scaled by Application Auto Scaling. The
# targets name their services by literal resource_id (service/CLUSTER/NAME),
# as a module given the names does; both services are named "web", and
# each target counts for the service of its own region. us-east-1 keeps
# 2 tasks warm (min_capacity 2) and passes. us-west-2 plans 2 tasks, but
# its target's min_capacity is 0, to which scaling shrinks an idle
# standby: a cold standby that must place, pull and health-check its tasks
# after the failover, and fails. Its DAEMON service (a log agent on each
# container instance) is no replica service and is not counted.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  alias                       = "primary"
  region                      = "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "standby"
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_ecs_cluster" "primary" {
  provider = aws.primary
  name     = "web"
}

resource "aws_ecs_service" "primary" {
  provider        = aws.primary
  name            = "web"
  cluster         = aws_ecs_cluster.primary.id
  task_definition = "arn:aws:ecs:us-east-1:123456789012:task-definition/web:7"
  desired_count   = 2
  launch_type     = "FARGATE"
}

resource "aws_appautoscaling_target" "primary" {
  provider           = aws.primary
  service_namespace  = "ecs"
  scalable_dimension = "ecs:service:DesiredCount"
  resource_id        = "service/web/web"
  min_capacity       = 2
  max_capacity       = 10
}

resource "aws_ecs_cluster" "standby" {
  provider = aws.standby
  name     = "web-dr"
}

resource "aws_ecs_service" "standby" {
  provider        = aws.standby
  name            = "web"
  cluster         = aws_ecs_cluster.standby.id
  task_definition = "arn:aws:ecs:us-west-2:123456789012:task-definition/web:7"
  desired_count   = 2
  launch_type     = "FARGATE"
}

resource "aws_appautoscaling_target" "standby" {
  provider           = aws.standby
  service_namespace  = "ecs"
  scalable_dimension = "ecs:service:DesiredCount"
  resource_id        = "service/web-dr/web"
  min_capacity       = 0
  max_capacity       = 10
}

resource "aws_ecs_service" "standby_log_agent" {
  provider            = aws.standby
  name                = "log-agent"
  cluster             = aws_ecs_cluster.standby.id
  task_definition     = "arn:aws:ecs:us-west-2:123456789012:task-definition/log-agent:3"
  scheduling_strategy = "DAEMON"
}
