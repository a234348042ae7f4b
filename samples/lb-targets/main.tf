# lb-has-targets: failover records send traffic to a load balancer in each
# region. The primary's target group gets instances from an auto scaling
# group (passing); the secondary's target group gets none, so a failover
# lands on a 503 (failing). A third load balancer behind a weighted record
# registers an instance with an aws_lb_target_group_attachment (passing).
# A fourth, for reports, sits one hop behind a weighted CNAME set: the
# weighted "reports" record names the regional alias record
# "reports-use1", which points at the load balancer; its target group
# gets no targets (failing). A Global Accelerator sends traffic to a
# fifth, for uploads, in us-west-2, whose target group gets no targets
# (failing), and to the primary (passing).

variable "subnets" {
  type = map(list(string))
  default = {
    east = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
    west = ["subnet-0a1b2c3d4e5f60003", "subnet-0a1b2c3d4e5f60004"]
  }
}

resource "aws_route53_zone" "main" {
  provider = aws.primary
  name     = "shop.acme-corp.net"
}

resource "aws_route53_health_check" "east" {
  provider          = aws.primary
  fqdn              = aws_lb.east.dns_name
  port              = 80
  type              = "HTTP"
  resource_path     = "/health"
  failure_threshold = 3
  request_interval  = 30
}

resource "aws_lb" "east" {
  provider = aws.primary
  name     = "shop-use1"
  subnets  = var.subnets["east"]
}

resource "aws_lb_target_group" "east" {
  provider = aws.primary
  name     = "shop-use1"
  port     = 80
  protocol = "HTTP"
  vpc_id   = "vpc-0a1b2c3d4e5f60001"
}

resource "aws_lb_listener" "east" {
  provider          = aws.primary
  load_balancer_arn = aws_lb.east.arn
  port              = 80
  protocol          = "HTTP"
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.east.arn
  }
}

resource "aws_launch_template" "east" {
  provider      = aws.primary
  name          = "shop-use1"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "m6i.large"
}

resource "aws_autoscaling_group" "east" {
  provider            = aws.primary
  name                = "shop-use1"
  min_size            = 2
  max_size            = 4
  vpc_zone_identifier = var.subnets["east"]
  target_group_arns   = [aws_lb_target_group.east.arn]
  launch_template {
    id      = aws_launch_template.east.id
    version = "$Latest"
  }
}

resource "aws_lb" "west" {
  provider = aws.secondary
  name     = "shop-usw2"
  subnets  = var.subnets["west"]
}

resource "aws_lb_target_group" "west" {
  provider = aws.secondary
  name     = "shop-usw2"
  port     = 80
  protocol = "HTTP"
  vpc_id   = "vpc-0a1b2c3d4e5f60002"
}

resource "aws_lb_listener" "west" {
  provider          = aws.secondary
  load_balancer_arn = aws_lb.west.arn
  port              = 80
  protocol          = "HTTP"
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.west.arn
  }
}

resource "aws_route53_record" "primary" {
  provider        = aws.primary
  zone_id         = aws_route53_zone.main.zone_id
  name            = "www"
  type            = "A"
  set_identifier  = "primary"
  health_check_id = aws_route53_health_check.east.id
  failover_routing_policy {
    type = "PRIMARY"
  }
  alias {
    name                   = aws_lb.east.dns_name
    zone_id                = aws_lb.east.zone_id
    evaluate_target_health = true
  }
}

resource "aws_route53_record" "secondary" {
  provider       = aws.primary
  zone_id        = aws_route53_zone.main.zone_id
  name           = "www"
  type           = "A"
  set_identifier = "secondary"
  failover_routing_policy {
    type = "SECONDARY"
  }
  alias {
    name                   = aws_lb.west.dns_name
    zone_id                = aws_lb.west.zone_id
    evaluate_target_health = true
  }
}

resource "aws_lb" "api" {
  provider = aws.primary
  name     = "shop-api-use1"
  subnets  = var.subnets["east"]
}

resource "aws_lb_target_group" "api" {
  provider = aws.primary
  name     = "shop-api-use1"
  port     = 8080
  protocol = "HTTP"
  vpc_id   = "vpc-0a1b2c3d4e5f60001"
}

resource "aws_lb_listener" "api" {
  provider          = aws.primary
  load_balancer_arn = aws_lb.api.arn
  port              = 80
  protocol          = "HTTP"
  default_action {
    type = "fixed-response"
    fixed_response {
      content_type = "text/plain"
      status_code  = "404"
    }
  }
}

resource "aws_lb_listener_rule" "api" {
  provider     = aws.primary
  listener_arn = aws_lb_listener.api.arn
  action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.api.arn
  }
  condition {
    path_pattern {
      values = ["/v1/*"]
    }
  }
}

resource "aws_instance" "api" {
  provider      = aws.primary
  ami           = "ami-0123456789abcdef0"
  instance_type = "m6i.large"
  subnet_id     = var.subnets["east"][0]
}

resource "aws_lb_target_group_attachment" "api" {
  provider         = aws.primary
  target_group_arn = aws_lb_target_group.api.arn
  target_id        = aws_instance.api.id
}

resource "aws_route53_record" "api" {
  provider       = aws.primary
  zone_id        = aws_route53_zone.main.zone_id
  name           = "api"
  type           = "A"
  set_identifier = "use1"
  weighted_routing_policy {
    weight = 100
  }
  alias {
    name                   = aws_lb.api.dns_name
    zone_id                = aws_lb.api.zone_id
    evaluate_target_health = true
  }
}

resource "aws_lb" "reports" {
  provider = aws.primary
  name     = "shop-reports-use1"
  subnets  = var.subnets["east"]
}

resource "aws_lb_target_group" "reports" {
  provider = aws.primary
  name     = "shop-reports-use1"
  port     = 8080
  protocol = "HTTP"
  vpc_id   = "vpc-0a1b2c3d4e5f60001"
}

resource "aws_lb_listener" "reports" {
  provider          = aws.primary
  load_balancer_arn = aws_lb.reports.arn
  port              = 80
  protocol          = "HTTP"
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.reports.arn
  }
}

resource "aws_route53_record" "reports_use1" {
  provider = aws.primary
  zone_id  = aws_route53_zone.main.zone_id
  name     = "reports-use1"
  type     = "A"
  alias {
    name                   = aws_lb.reports.dns_name
    zone_id                = aws_lb.reports.zone_id
    evaluate_target_health = true
  }
}

resource "aws_route53_record" "reports" {
  provider       = aws.primary
  zone_id        = aws_route53_zone.main.zone_id
  name           = "reports"
  type           = "CNAME"
  ttl            = 60
  set_identifier = "use1"
  records        = [aws_route53_record.reports_use1.fqdn]
  weighted_routing_policy {
    weight = 100
  }
}

resource "aws_globalaccelerator_accelerator" "uploads" {
  provider = aws.primary
  name     = "shop-uploads"
}

resource "aws_globalaccelerator_listener" "uploads" {
  provider        = aws.primary
  accelerator_arn = aws_globalaccelerator_accelerator.uploads.id
  protocol        = "TCP"
  port_range {
    from_port = 443
    to_port   = 443
  }
}

resource "aws_globalaccelerator_endpoint_group" "uploads_east" {
  provider              = aws.primary
  listener_arn          = aws_globalaccelerator_listener.uploads.id
  endpoint_group_region = "us-east-1"
  endpoint_configuration {
    endpoint_id = aws_lb.east.arn
    weight      = 100
  }
}

resource "aws_globalaccelerator_endpoint_group" "uploads_west" {
  provider              = aws.primary
  listener_arn          = aws_globalaccelerator_listener.uploads.id
  endpoint_group_region = "us-west-2"
  endpoint_configuration {
    endpoint_id = aws_lb.uploads.arn
    weight      = 100
  }
}

resource "aws_lb" "uploads" {
  provider = aws.secondary
  name     = "shop-uploads-usw2"
  subnets  = var.subnets["west"]
}

resource "aws_lb_target_group" "uploads" {
  provider = aws.secondary
  name     = "shop-uploads-usw2"
  port     = 443
  protocol = "HTTPS"
  vpc_id   = "vpc-0a1b2c3d4e5f60002"
}

resource "aws_lb_listener" "uploads" {
  provider          = aws.secondary
  load_balancer_arn = aws_lb.uploads.arn
  port              = 80
  protocol          = "HTTP"
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.uploads.arn
  }
}
