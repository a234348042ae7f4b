# no-open-ingress: ports a public load balancer listens on are public. A
# rule open to the internet on a listener port of an internet-facing load
# balancer that uses the rule's security group is what that load balancer
# is for; public_ports (80, 443) remain the only public ports for the rest.
# Each rule's comment says what the query should find.

locals {
  vpc_id  = "vpc-0aaaaaaaaaaaaaaa1"
  subnets = ["subnet-0aaaaaaaaaaaaaaa1", "subnet-0aaaaaaaaaaaaaaa2"]
  cert    = "arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b"
}

# The internet-facing load balancer listens on 8443 (HTTPS) and 9000-9001
# (a TCP-style admin pair on an ALB is unusual, but the ports are what
# counts); it uses two security groups.
resource "aws_security_group" "edge" {
  name   = "edge"
  vpc_id = local.vpc_id

  # passes: the load balancer listens on 8443
  ingress {
    from_port   = 8443
    to_port     = 8443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  # passes: 9000-9001, every port of it a listener port
  ingress {
    from_port        = 9000
    to_port          = 9001
    protocol         = "tcp"
    ipv6_cidr_blocks = ["::/0"]
  }

  # fails: the load balancer does not listen on 22
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "edge_extra" {
  name   = "edge-extra"
  vpc_id = local.vpc_id
}

# passes: 443 is in public_ports
resource "aws_vpc_security_group_ingress_rule" "edge_https" {
  security_group_id = aws_security_group.edge_extra.id
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
}

# passes: 8443 on the second security group of the same load balancer
resource "aws_vpc_security_group_ingress_rule" "edge_alt" {
  security_group_id = aws_security_group.edge_extra.id
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = 8443
  to_port           = 8443
}

# fails: 8443-8444 opens 8444, where nothing listens
resource "aws_security_group_rule" "edge_range" {
  type              = "ingress"
  security_group_id = aws_security_group.edge.id
  from_port         = 8443
  to_port           = 8444
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
}

# fails: every port, whatever the load balancer listens on
resource "aws_security_group_rule" "edge_all" {
  type              = "ingress"
  security_group_id = aws_security_group.edge.id
  from_port         = 0
  to_port           = 0
  protocol          = "-1"
  cidr_blocks       = ["0.0.0.0/0"]
}

resource "aws_lb" "edge" {
  name               = "edge"
  load_balancer_type = "application"
  subnets            = local.subnets
  security_groups    = [aws_security_group.edge.id, aws_security_group.edge_extra.id]
}

resource "aws_lb_target_group" "app" {
  name     = "app"
  port     = 8080
  protocol = "HTTP"
  vpc_id   = local.vpc_id
}

resource "aws_lb_listener" "edge" {
  for_each          = { "8443" = "HTTPS", "9000" = "HTTP", "9001" = "HTTP" }
  load_balancer_arn = aws_lb.edge.arn
  port              = tonumber(each.key)
  protocol          = each.value
  certificate_arn   = each.value == "HTTPS" ? local.cert : null
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.app.arn
  }
}

# An internal load balancer's ports are not public.
resource "aws_security_group" "inside" {
  name   = "inside"
  vpc_id = local.vpc_id

  # fails: the load balancer that listens on 8080 is internal
  ingress {
    from_port   = 8080
    to_port     = 8080
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_lb" "inside" {
  name               = "inside"
  internal           = true
  load_balancer_type = "application"
  subnets            = local.subnets
  security_groups    = [aws_security_group.inside.id]
}

resource "aws_lb_listener" "inside" {
  load_balancer_arn = aws_lb.inside.arn
  port              = 8080
  protocol          = "HTTP"
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.app.arn
  }
}

# A security group no load balancer uses: only public_ports are public.
resource "aws_security_group" "loose" {
  name   = "loose"
  vpc_id = local.vpc_id

  # fails: 8443 is a listener port of aws_lb.edge, not of anything using
  # this group
  ingress {
    from_port   = 8443
    to_port     = 8443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  # passes: 80
  ingress {
    from_port   = 80
    to_port     = 80
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# An existing security group named by id: the load balancer and the rule
# name the same literal id.
resource "aws_lb" "legacy" {
  name               = "legacy"
  load_balancer_type = "application"
  subnets            = local.subnets
  security_groups    = ["sg-0bbbbbbbbbbbbbbb1"]
}

resource "aws_lb_listener" "legacy" {
  load_balancer_arn = aws_lb.legacy.arn
  port              = 8080
  protocol          = "HTTP"
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.app.arn
  }
}

# passes: aws_lb.legacy uses sg-0bbbbbbbbbbbbbbb1 and listens on 8080
resource "aws_security_group_rule" "legacy_http" {
  type              = "ingress"
  security_group_id = "sg-0bbbbbbbbbbbbbbb1"
  from_port         = 8080
  to_port           = 8080
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
}

# fails: no load balancer uses sg-0ccccccccccccccc1
resource "aws_security_group_rule" "stray_http" {
  type              = "ingress"
  security_group_id = "sg-0ccccccccccccccc1"
  from_port         = 8080
  to_port           = 8080
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
}
