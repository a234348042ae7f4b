# lb-has-targets on the load-balancer root of a design split into several
# roots (as cds-snc/forms-terraform's aws/load_balancer is): the ECS service
# that registers the targets lives in another root, which reads the target
# group's ARN from this one's outputs. This plan makes nothing that could
# register targets, so whether the load balancer gets any is unknown (it
# failed with "traffic moved there meets a 503"). The bastion instance
# registers nothing: an instance is a target only through an attachment.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}
provider "aws" {
  region = "ca-central-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
# load-balancer root of a split (terragrunt) design, as cds-snc/forms-terraform aws/load_balancer:
# the ECS service that registers targets lives in another root (aws/app) and gets the
# target group ARN from this root's outputs.
resource "aws_lb" "web" {
  name    = "form-viewer"
  subnets = ["subnet-0aaaaaaaaaaaaaaa1", "subnet-0aaaaaaaaaaaaaaa2"]
}
resource "aws_lb_target_group" "web_1" {
  name        = "form-viewer-1"
  port        = 3000
  protocol    = "HTTP"
  target_type = "ip"
  vpc_id      = "vpc-0123456789abcdef0"
}
resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP"
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web_1.arn
  }
}
resource "aws_route53_health_check" "web" {
  fqdn              = "forms.example.ca"
  port              = 80
  type              = "HTTP"
  resource_path     = "/"
  failure_threshold = 3
  request_interval  = 30
}
resource "aws_route53_record" "primary" {
  zone_id         = "Z01234567ABCDEFGHIJK"
  name            = "forms.example.ca"
  type            = "A"
  set_identifier  = "primary"
  health_check_id = aws_route53_health_check.web.id
  alias {
    name                   = aws_lb.web.dns_name
    zone_id                = aws_lb.web.zone_id
    evaluate_target_health = true
  }
  failover_routing_policy { type = "PRIMARY" }
}
resource "aws_route53_record" "secondary" {
  zone_id        = "Z01234567ABCDEFGHIJK"
  name           = "forms.example.ca"
  type           = "A"
  set_identifier = "secondary"
  alias {
    name                   = "d111111abcdef8.cloudfront.net"
    zone_id                = "Z2FDTNDATAQYW2"
    evaluate_target_health = false
  }
  failover_routing_policy { type = "SECONDARY" }
}
output "lb_target_group_1_arn" { value = aws_lb_target_group.web_1.arn }

resource "aws_instance" "bastion" {
  ami           = "ami-0c02fb55956c7d316"
  instance_type = "t3.micro"
}
