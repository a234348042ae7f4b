# health-check-meaningful on HTTPS checks of internet-facing load
# balancers whose security groups decide whether Route 53's checkers,
# which probe from the internet, get in (seolhyebom/megaticket: an ALB
# open only to CloudFront's origin-facing prefix list, its check never
# healthy, the PRIMARY it guards failed over for ever):
# - api checks aws_lb.main, whose only group admits 443 from the VPC's
#   CIDR alone: fails (it passed: the load balancer listens on 443);
# - open checks aws_lb.open, whose group admits 443 from 0.0.0.0/0:
#   passes.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  region                      = "ap-northeast-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_vpc" "v" {
  cidr_block = "10.0.0.0/24"
}

resource "aws_internet_gateway" "igw" {
  vpc_id = aws_vpc.v.id
}

resource "aws_subnet" "a" {
  vpc_id            = aws_vpc.v.id
  cidr_block        = "10.0.0.0/27"
  availability_zone = "ap-northeast-2a"
}

resource "aws_subnet" "c" {
  vpc_id            = aws_vpc.v.id
  cidr_block        = "10.0.0.32/27"
  availability_zone = "ap-northeast-2c"
}

resource "aws_route_table" "public" {
  vpc_id = aws_vpc.v.id
  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.igw.id
  }
}

resource "aws_route_table_association" "a" {
  subnet_id      = aws_subnet.a.id
  route_table_id = aws_route_table.public.id
}

resource "aws_route_table_association" "c" {
  subnet_id      = aws_subnet.c.id
  route_table_id = aws_route_table.public.id
}

resource "aws_security_group" "alb" {
  vpc_id = aws_vpc.v.id
}

# The only ingress to the ALB: 443 from inside the VPC.
resource "aws_security_group_rule" "alb_in_443" {
  type              = "ingress"
  from_port         = 443
  to_port           = 443
  protocol          = "tcp"
  cidr_blocks       = ["10.0.0.0/24"]
  security_group_id = aws_security_group.alb.id
}

resource "aws_lb" "main" {
  name               = "plcr-alb"
  internal           = false
  load_balancer_type = "application"
  security_groups    = [aws_security_group.alb.id]
  subnets            = [aws_subnet.a.id, aws_subnet.c.id]
}

resource "aws_security_group" "open" {
  vpc_id = aws_vpc.v.id
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_lb" "open" {
  name               = "open-alb"
  internal           = false
  load_balancer_type = "application"
  security_groups    = [aws_security_group.open.id]
  subnets            = [aws_subnet.a.id, aws_subnet.c.id]
}

resource "aws_lb_listener" "open" {
  load_balancer_arn = aws_lb.open.arn
  port              = 443
  protocol          = "HTTPS"
  certificate_arn   = "arn:aws:acm:ap-northeast-2:111122223333:certificate/84cc7d70-59c8-4ae6-91c3-3e2f14b028ea"
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.app.arn
  }
}

resource "aws_route53_health_check" "open" {
  fqdn              = aws_lb.open.dns_name
  port              = 443
  type              = "HTTPS"
  resource_path     = "/health"
  failure_threshold = 3
  request_interval  = 30
}

resource "aws_lb_target_group" "app" {
  name     = "plcr-tg"
  port     = 3001
  protocol = "HTTP"
  vpc_id   = aws_vpc.v.id
}

resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.main.arn
  port              = 443
  protocol          = "HTTPS"
  certificate_arn   = "arn:aws:acm:ap-northeast-2:111122223333:certificate/84cc7d70-59c8-4ae6-91c3-3e2f14b028ea"
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.app.arn
  }
}

resource "aws_route53_health_check" "api" {
  fqdn              = aws_lb.main.dns_name
  port              = 443
  type              = "HTTPS"
  resource_path     = "/api/health"
  failure_threshold = 3
  request_interval  = 30
}

resource "aws_route53_record" "api_primary" {
  zone_id         = "Z02745862QYUFMC87Y6RJ"
  name            = "api.megaticket.click"
  type            = "A"
  set_identifier  = "primary"
  health_check_id = aws_route53_health_check.api.id
  failover_routing_policy {
    type = "PRIMARY"
  }
  alias {
    name                   = aws_lb.main.dns_name
    zone_id                = aws_lb.main.zone_id
    evaluate_target_health = true
  }
}
