# lb-has-targets on a load balancer that no listener names: it takes
# traffic only on its listeners' ports, so it refuses every connection.
# - aws_lb.primary (us-east-1) forwards through its listener to a target
#   group with an attached instance: passes;
# - aws_lb.standby (us-west-2), the failover record's SECONDARY, has no
#   listener: fails.
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

resource "aws_lb" "primary" {
  name    = "web-primary"
  subnets = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
}

resource "aws_lb_target_group" "primary" {
  name     = "web-primary"
  port     = 80
  protocol = "HTTP"
  vpc_id   = "vpc-0a1b2c3d4e5f60000"
}

resource "aws_lb_listener" "primary" {
  load_balancer_arn = aws_lb.primary.arn
  port              = 80
  protocol          = "HTTP"
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.primary.arn
  }
}

resource "aws_lb_target_group_attachment" "primary" {
  target_group_arn = aws_lb_target_group.primary.arn
  target_id        = "i-0a1b2c3d4e5f60003"
}

resource "aws_lb" "standby" {
  provider = aws.west
  name     = "web-standby"
  subnets  = ["subnet-0f1e2d3c4b5a60001", "subnet-0f1e2d3c4b5a60002"]
}

resource "aws_route53_health_check" "primary" {
  fqdn              = aws_lb.primary.dns_name
  port              = 80
  type              = "HTTP"
  resource_path     = "/"
  failure_threshold = 3
  request_interval  = 30
}

resource "aws_route53_record" "primary" {
  zone_id         = "Z0123456789ABCDEFGHIJ"
  name            = "app.example.net"
  type            = "A"
  set_identifier  = "primary"
  health_check_id = aws_route53_health_check.primary.id
  failover_routing_policy {
    type = "PRIMARY"
  }
  alias {
    name                   = aws_lb.primary.dns_name
    zone_id                = aws_lb.primary.zone_id
    evaluate_target_health = true
  }
}

resource "aws_route53_record" "standby" {
  zone_id        = "Z0123456789ABCDEFGHIJ"
  name           = "app.example.net"
  type           = "A"
  set_identifier = "standby"
  failover_routing_policy {
    type = "SECONDARY"
  }
  alias {
    name                   = aws_lb.standby.dns_name
    zone_id                = aws_lb.standby.zone_id
    evaluate_target_health = true
  }
}
