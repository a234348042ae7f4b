# dr-components-per-region: a standby region named only by its load
# balancer's DNS name. us-east-1 holds the application (a load balancer in
# front of an auto scaling group); Route 53 failover records send traffic
# there, and, on failure, to a load balancer in us-west-2 written as its
# DNS name (a Network Load Balancer's form, NAME-ID.elb.REGION...), as a
# root does that reads another configuration's outputs. The plan manages
# only a VPC in us-west-2. us-west-2 is a DR region whose stack the plan
# does not show: unknown, not skipped as "no DR topology" (the standby may
# be another state's, or missing). us-east-1 passes; the records have
# health checks (dns passes); no alarm (monitoring fails).

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

variable "standby_lb_dns_name" {
  type    = string
  default = "app-standby-0123456789abcdef.elb.us-west-2.amazonaws.com"
}

resource "aws_lb" "app" {
  provider           = aws.primary
  name               = "app-primary"
  load_balancer_type = "application"
  subnets            = ["subnet-0aaaaaaaaaaaaaaa1", "subnet-0aaaaaaaaaaaaaaa2"]
}

resource "aws_launch_template" "app" {
  provider      = aws.primary
  name_prefix   = "app-primary-"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "m6i.large"
}

resource "aws_autoscaling_group" "app" {
  provider            = aws.primary
  name                = "app-primary"
  min_size            = 2
  max_size            = 6
  vpc_zone_identifier = ["subnet-0aaaaaaaaaaaaaaa1", "subnet-0aaaaaaaaaaaaaaa2"]
  launch_template {
    id = aws_launch_template.app.id
  }
}

resource "aws_vpc" "standby" {
  provider   = aws.standby
  cidr_block = "10.20.0.0/16"
}

resource "aws_route53_zone" "app" {
  provider = aws.primary
  name     = "shop.acme-retail.io"
}

resource "aws_route53_health_check" "primary" {
  provider          = aws.primary
  type              = "HTTPS"
  fqdn              = aws_lb.app.dns_name
  port              = 443
  resource_path     = "/health"
  failure_threshold = 3
  request_interval  = 30
}

resource "aws_route53_health_check" "standby" {
  provider          = aws.primary
  type              = "HTTPS"
  fqdn              = var.standby_lb_dns_name
  port              = 443
  resource_path     = "/health"
  failure_threshold = 3
  request_interval  = 30
}

resource "aws_route53_record" "primary" {
  provider        = aws.primary
  zone_id         = aws_route53_zone.app.zone_id
  name            = "www.shop.acme-retail.io"
  type            = "A"
  set_identifier  = "primary"
  health_check_id = aws_route53_health_check.primary.id
  failover_routing_policy {
    type = "PRIMARY"
  }
  alias {
    name                   = aws_lb.app.dns_name
    zone_id                = aws_lb.app.zone_id
    evaluate_target_health = true
  }
}

resource "aws_route53_record" "standby" {
  provider        = aws.primary
  zone_id         = aws_route53_zone.app.zone_id
  name            = "www.shop.acme-retail.io"
  type            = "CNAME"
  ttl             = 60
  set_identifier  = "standby"
  health_check_id = aws_route53_health_check.standby.id
  records         = [var.standby_lb_dns_name]
  failover_routing_policy {
    type = "SECONDARY"
  }
}
