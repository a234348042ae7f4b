# Geolocation records with no health check, each an alias to its region's
# load balancer with evaluate_target_health: Route 53 withholds a record
# whose load balancer has no healthy target, so the records move traffic
# between the regions, and the two regions form a DR topology
# (dr-components-per-region: us-east-1 holds every tier and passes;
# eu-west-1 holds a load balancer but no compute and fails; dns passes;
# monitoring fails, as the plan has no alarm). The eu-west-1 load
# balancer's target group gets no targets, so European users meet a 503
# (lb-has-targets fails it; the us-east-1 one passes).

variable "subnets" {
  type = map(list(string))
  default = {
    east = ["subnet-0a1b2c3d4e5f70001", "subnet-0a1b2c3d4e5f70002"]
    west = ["subnet-0a1b2c3d4e5f70003", "subnet-0a1b2c3d4e5f70004"]
  }
}

resource "aws_route53_zone" "main" {
  provider = aws.primary
  name     = "travel.acme-corp.net"
}

resource "aws_lb" "us" {
  provider = aws.primary
  name     = "travel-use1"
  subnets  = var.subnets["east"]
}

resource "aws_lb_target_group" "us" {
  provider = aws.primary
  name     = "travel-use1"
  port     = 80
  protocol = "HTTP"
  vpc_id   = "vpc-0a1b2c3d4e5f70001"
}

resource "aws_lb_listener" "us" {
  provider          = aws.primary
  load_balancer_arn = aws_lb.us.arn
  port              = 80
  protocol          = "HTTP"
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.us.arn
  }
}

resource "aws_launch_template" "us" {
  provider      = aws.primary
  name          = "travel-use1"
  image_id      = "ami-0123456789abcdef1"
  instance_type = "m6i.large"
}

resource "aws_autoscaling_group" "us" {
  provider            = aws.primary
  name                = "travel-use1"
  min_size            = 2
  max_size            = 4
  vpc_zone_identifier = var.subnets["east"]
  target_group_arns   = [aws_lb_target_group.us.arn]
  launch_template {
    id      = aws_launch_template.us.id
    version = "$Latest"
  }
}

resource "aws_lb" "eu" {
  provider = aws.secondary
  name     = "travel-euw1"
  subnets  = var.subnets["west"]
}

resource "aws_lb_target_group" "eu" {
  provider = aws.secondary
  name     = "travel-euw1"
  port     = 80
  protocol = "HTTP"
  vpc_id   = "vpc-0a1b2c3d4e5f70002"
}

resource "aws_lb_listener" "eu" {
  provider          = aws.secondary
  load_balancer_arn = aws_lb.eu.arn
  port              = 80
  protocol          = "HTTP"
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.eu.arn
  }
}

resource "aws_route53_record" "europe" {
  provider       = aws.primary
  zone_id        = aws_route53_zone.main.zone_id
  name           = "www"
  type           = "A"
  set_identifier = "europe"
  geolocation_routing_policy {
    continent = "EU"
  }
  alias {
    name                   = aws_lb.eu.dns_name
    zone_id                = aws_lb.eu.zone_id
    evaluate_target_health = true
  }
}

resource "aws_route53_record" "default" {
  provider       = aws.primary
  zone_id        = aws_route53_zone.main.zone_id
  name           = "www"
  type           = "A"
  set_identifier = "default"
  geolocation_routing_policy {
    country = "*"
  }
  alias {
    name                   = aws_lb.us.dns_name
    zone_id                = aws_lb.us.zone_id
    evaluate_target_health = true
  }
}
