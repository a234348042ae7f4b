# health-check-meaningful on a load balancer with no listener: the check
# probes port 80 of an ALB that listens nowhere. The failure was right,
# but its words ended "which listens on ; check a port the load balancer
# listens on". Now it says the load balancer has no listener in the plan.
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
resource "aws_lb" "app" {
  name     = "app"
  internal = false
  subnets  = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
}
resource "aws_route53_health_check" "primary" {
  fqdn              = aws_lb.app.dns_name
  port              = 80
  type              = "HTTP"
  resource_path     = "/health"
  failure_threshold = 3
  request_interval  = 30
}
