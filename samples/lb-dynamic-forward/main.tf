# A load balancer behind a weighted record whose listener forwards through
# a `dynamic "default_action"`, as terraform-aws-modules/alb v9 writes its
# listeners. Plan JSON records no reference for a dynamic block and plans
# the forward's target_group_arn as known after apply, so lb-has-targets
# found no target group behind the load balancer and skipped it, although
# its one target group gets no targets (no auto scaling group, ECS service
# or attachment names it). It is now an unknown subject, saying which
# listener hides its target group. The second load balancer, behind the
# other half of the weighted record, answers a fixed response by default
# and forwards /api through a listener rule's `dynamic "action"` (the
# module writes rules so too): the same, through the rule. With the
# terraform graph (--tf-graph tf-graph.dot) each listener and rule depends
# on the target group it forwards to, so both load balancers fail: the
# group gets no targets, though the plan's auto scaling group registers
# its instances elsewhere.
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
variable "listeners" {
  default = { http = { port = 80, target_group_key = "app" } }
}
resource "aws_lb" "this" {
  name    = "a"
  subnets = ["subnet-11111111", "subnet-22222222"]
}
resource "aws_lb_target_group" "this" {
  for_each = { app = 80 }
  name     = each.key
  port     = each.value
  protocol = "HTTP"
  vpc_id   = "vpc-12345678"
}
# as terraform-aws-modules/alb v9 writes it
resource "aws_lb_listener" "this" {
  for_each          = var.listeners
  load_balancer_arn = aws_lb.this.arn
  port              = each.value.port
  dynamic "default_action" {
    for_each = [each.value]
    content {
      type             = "forward"
      target_group_arn = try(default_action.value.arn, aws_lb_target_group.this[default_action.value.target_group_key].arn, null)
    }
  }
}
resource "aws_route53_record" "a" {
  zone_id        = "Z0123456789ABCDEFGHIJ"
  name           = "app.example.com"
  type           = "A"
  set_identifier = "a"
  weighted_routing_policy { weight = 50 }
  alias {
    name                   = aws_lb.this.dns_name
    zone_id                = aws_lb.this.zone_id
    evaluate_target_health = true
  }
}

resource "aws_lb" "rules" {
  name    = "b"
  subnets = ["subnet-11111111", "subnet-22222222"]
}
resource "aws_lb_listener" "rules" {
  load_balancer_arn = aws_lb.rules.arn
  port              = 80
  default_action {
    type = "fixed-response"
    fixed_response {
      content_type = "text/plain"
      status_code  = "404"
    }
  }
}
resource "aws_lb_listener_rule" "api" {
  for_each     = { api = { path = "/api/*", target_group_key = "app" } }
  listener_arn = aws_lb_listener.rules.arn
  dynamic "action" {
    for_each = [each.value]
    content {
      type             = "forward"
      target_group_arn = aws_lb_target_group.this[action.value.target_group_key].arn
    }
  }
  condition {
    path_pattern {
      values = [each.value.path]
    }
  }
}
resource "aws_route53_record" "b" {
  zone_id        = "Z0123456789ABCDEFGHIJ"
  name           = "app.example.com"
  type           = "A"
  set_identifier = "b"
  weighted_routing_policy { weight = 50 }
  alias {
    name                   = aws_lb.rules.dns_name
    zone_id                = aws_lb.rules.zone_id
    evaluate_target_health = true
  }
}

# An auto scaling group that registers nowhere: the plan makes something
# that could register targets, so an empty group is not left to another
# configuration.
resource "aws_autoscaling_group" "batch" {
  name                = "batch"
  min_size            = 1
  max_size            = 2
  vpc_zone_identifier = ["subnet-11111111"]
  launch_template {
    id      = "lt-0123456789abcdef0"
    version = "$Latest"
  }
}
