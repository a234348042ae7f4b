# One internet-facing load balancer per region, each listening on 443.

resource "aws_lb" "east" {
  provider           = aws.primary
  name               = "app-east"
  load_balancer_type = "application"
  subnets            = ["subnet-0aaaaaaaaaaaaaaa1", "subnet-0aaaaaaaaaaaaaaa2"]
}

resource "aws_lb_target_group" "east" {
  provider = aws.primary
  name     = "app-east"
  port     = 8080
  protocol = "HTTP"
  vpc_id   = "vpc-0aaaaaaaaaaaaaaa1"
}

resource "aws_lb_listener" "east" {
  provider          = aws.primary
  load_balancer_arn = aws_lb.east.arn
  port              = 443
  protocol          = "HTTPS"
  certificate_arn   = "arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b"
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.east.arn
  }
}

resource "aws_lb" "west" {
  provider           = aws.secondary
  name               = "app-west"
  load_balancer_type = "application"
  subnets            = ["subnet-0bbbbbbbbbbbbbbb1", "subnet-0bbbbbbbbbbbbbbb2"]
}

resource "aws_lb_target_group" "west" {
  provider = aws.secondary
  name     = "app-west"
  port     = 8080
  protocol = "HTTP"
  vpc_id   = "vpc-0bbbbbbbbbbbbbbb1"
}

resource "aws_lb_listener" "west" {
  provider          = aws.secondary
  load_balancer_arn = aws_lb.west.arn
  port              = 443
  protocol          = "HTTPS"
  certificate_arn   = "arn:aws:acm:us-west-2:123456789012:certificate/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.west.arn
  }
}

# An internal load balancer: it resolves to private addresses, which Route
# 53's health checkers (on the internet) cannot reach.
resource "aws_lb" "admin" {
  provider           = aws.primary
  name               = "admin-east"
  internal           = true
  load_balancer_type = "application"
  subnets            = ["subnet-0aaaaaaaaaaaaaaa1", "subnet-0aaaaaaaaaaaaaaa2"]
}

resource "aws_lb_listener" "admin" {
  provider          = aws.primary
  load_balancer_arn = aws_lb.admin.arn
  port              = 80
  protocol          = "HTTP"
  default_action {
    type = "fixed-response"
    fixed_response {
      content_type = "text/plain"
      status_code  = "200"
    }
  }
}
