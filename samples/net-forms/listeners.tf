# listener-certificate-valid: a reference to a certificate of the same
# region, a literal ARN of the same and of another region, a placeholder, a
# listener certificate from another region, a certificate looked up at
# apply, and one known only after apply that refers to nothing.

resource "aws_acm_certificate" "web" {
  provider          = aws.primary
  domain_name       = "web.acme-payments.net"
  validation_method = "DNS"
}

resource "aws_acm_certificate" "eu" {
  provider          = aws.secondary
  domain_name       = "eu.acme-payments.net"
  validation_method = "DNS"
}

resource "aws_lb_target_group" "web" {
  provider = aws.primary
  name     = "web"
  port     = 8080
  protocol = "HTTP"
  vpc_id   = aws_vpc.main.id
}

# passes: certificate of this region, by reference
resource "aws_lb_listener" "https" {
  provider          = aws.primary
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  certificate_arn   = aws_acm_certificate.web.arn
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}

# fails: the extra certificate is in eu-west-1
resource "aws_lb_listener_certificate" "eu" {
  provider        = aws.primary
  listener_arn    = aws_lb_listener.https.arn
  certificate_arn = aws_acm_certificate.eu.arn
}

# passes: a well-formed ACM ARN of us-east-1
resource "aws_lb_listener" "tls" {
  provider          = aws.primary
  load_balancer_arn = aws_lb.ingest.arn
  port              = 6514
  protocol          = "TLS"
  certificate_arn   = "arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b"
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}

# fails: a well-formed ARN of another region (count: two listeners)
resource "aws_lb_listener" "copied" {
  count             = 2
  provider          = aws.primary
  load_balancer_arn = aws_lb.shared.arn
  port              = 8443 + count.index
  protocol          = "HTTPS"
  certificate_arn   = "arn:aws:acm:eu-west-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b"
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}

# fails: a placeholder
resource "aws_lb_listener" "placeholder" {
  provider          = aws.primary
  load_balancer_arn = aws_lb.shared.arn
  port              = 9443
  protocol          = "HTTPS"
  certificate_arn   = "arn:aws:acm:us-east-1:123456789012:certificate/your-certificate-id"
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}

# passes: an issued certificate looked up (at apply) in this region
data "aws_acm_certificate" "issued" {
  provider   = aws.primary
  domain     = "api.acme-payments.net"
  statuses   = ["ISSUED"]
  depends_on = [aws_eip.nat]
}

resource "aws_lb_listener" "api" {
  provider          = aws.primary
  load_balancer_arn = aws_lb.shared.arn
  port              = 10443
  protocol          = "HTTPS"
  certificate_arn   = data.aws_acm_certificate.issued.arn
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}

# undecided: the ARN is read from a parameter at apply
data "aws_ssm_parameter" "cert" {
  provider   = aws.primary
  name       = "/net/cert-arn"
  depends_on = [aws_eip.nat]
}

resource "aws_lb_listener" "param" {
  provider          = aws.primary
  load_balancer_arn = aws_lb.shared.arn
  port              = 11443
  protocol          = "HTTPS"
  certificate_arn   = data.aws_ssm_parameter.cert.insecure_value
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}

# no subject: plain HTTP
resource "aws_lb_listener" "http" {
  provider          = aws.primary
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP"
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}
