# lb-has-targets and records that read their target from a local value.
# Plan JSON does not say what `records = [local.x[count.index].value]`
# names, so such a record may point at any load balancer. Whether that
# matters depends on the record: the ACM validation record here (as
# terraform-aws-modules/acm writes it) uses simple routing, known from the
# plan, so it is no routed sender whatever it names. The accelerator's
# load balancer, which has targets, passes, and the standby load balancer,
# whose target group has no targets but which nothing routes to, is no
# subject. Both were unknown before ("aws_route53_record.validation[0]
# takes records from a local value").
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

resource "aws_vpc" "this" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "public" {
  count             = 2
  vpc_id            = aws_vpc.this.id
  cidr_block        = cidrsubnet("10.0.0.0/16", 8, count.index)
  availability_zone = ["us-east-1a", "us-east-1b"][count.index]
}

resource "aws_lb" "app" {
  name    = "app"
  subnets = aws_subnet.public[*].id
}

resource "aws_lb_target_group" "app" {
  name        = "app"
  port        = 443
  protocol    = "HTTPS"
  target_type = "ip"
  vpc_id      = aws_vpc.this.id
}

resource "aws_lb_target_group_attachment" "app" {
  target_group_arn = aws_lb_target_group.app.arn
  target_id        = "10.0.0.10"
}

resource "aws_acm_certificate" "app" {
  domain_name       = "app.shop.example.com"
  validation_method = "DNS"
}

resource "aws_lb_listener" "app" {
  load_balancer_arn = aws_lb.app.arn
  port              = 443
  protocol          = "HTTPS"
  certificate_arn   = aws_acm_certificate.app.arn
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.app.arn
  }
}

resource "aws_globalaccelerator_accelerator" "app" {
  name = "app"
}

resource "aws_globalaccelerator_listener" "app" {
  accelerator_arn = aws_globalaccelerator_accelerator.app.id
  protocol        = "TCP"
  port_range {
    from_port = 443
    to_port   = 443
  }
}

resource "aws_globalaccelerator_endpoint_group" "app" {
  listener_arn          = aws_globalaccelerator_listener.app.id
  endpoint_group_region = "us-east-1"
  endpoint_configuration {
    endpoint_id = aws_lb.app.arn
  }
}

resource "aws_route53_zone" "shop" {
  name = "shop.example.com"
}

locals {
  validation = [for o in aws_acm_certificate.app.domain_validation_options : o]
}

resource "aws_route53_record" "validation" {
  count   = 1
  zone_id = aws_route53_zone.shop.zone_id
  name    = local.validation[count.index].resource_record_name
  type    = local.validation[count.index].resource_record_type
  records = [local.validation[count.index].resource_record_value]
  ttl     = 60
}

# The standby: a load balancer whose target group nothing registers in,
# and that nothing routes to yet.
resource "aws_lb" "standby" {
  name    = "standby"
  subnets = aws_subnet.public[*].id
}

resource "aws_lb_target_group" "standby" {
  name     = "standby"
  port     = 80
  protocol = "HTTP"
  vpc_id   = aws_vpc.this.id
}

resource "aws_lb_listener" "standby" {
  load_balancer_arn = aws_lb.standby.arn
  port              = 80
  protocol          = "HTTP"
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.standby.arn
  }
}
