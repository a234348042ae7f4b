# lb-has-targets on ECS services that write their load balancer with a
# `dynamic "load_balancer"` block over a local, as
# ../ecs-dynamic-load-balancer, and whose service role exists only when
# that local names load balancers (a count over it, as
# cloudposse/ecs-alb-service-task writes it). `terraform graph` prints a
# transitive reduction: the service depends on the role, which depends on
# the local, so the graph drops the service's own edge to the local, and
# with it any path from the service to the target group but the role's.
# Its capacity provider strategy is a dynamic block too, so the graph
# shows an edge of the service's own that plan JSON lacks (to the
# cluster's capacity providers): plangraph sees the graph was given for it.
# - plan only, both load balancers are unknown, and the message asks for
#   the terraform graph;
# - with --tf-graph (tf-graph.dot), both are still unknown: the graph
#   given does not show the service depending on the target group, and
#   the message says so rather than ask for the graph.
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
  alias                       = "west"
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_route53_zone" "main" {
  name = "shop.example.org"
}

module "primary" {
  source        = "./svc"
  name          = "app-primary"
  cidr          = "10.0.0.0/16"
  azs           = ["us-east-1a", "us-east-1b"]
  zone_id       = aws_route53_zone.main.zone_id
  role          = "PRIMARY"
  desired_count = 3
}

module "secondary" {
  source        = "./svc"
  providers     = { aws = aws.west }
  name          = "app-secondary"
  cidr          = "10.1.0.0/16"
  azs           = ["us-west-2a", "us-west-2b"]
  zone_id       = aws_route53_zone.main.zone_id
  role          = "SECONDARY"
  desired_count = 2
}
