# lb-has-targets on ECS services that write their load balancer with a
# `dynamic "load_balancer"` block over a local, as terraform-aws-modules/ecs
# does. Plan JSON records no reference from a dynamic block, and plans the
# block's target_group_arn as known after apply. Each region's ALB takes
# failover traffic, and its service registers its tasks into the target
# group:
# - plan only, the load balancers are unknown, naming the service whose
#   dynamic block may register into the group (they failed: "no
#   aws_ecs_service load_balancer names them");
# - with --tf-graph (tf-graph.dot, `terraform graph`), the service depends
#   on the target group: both pass.
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
