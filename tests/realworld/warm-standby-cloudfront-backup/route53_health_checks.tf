resource "aws_route53_health_check" "primary" {
  fqdn              = aws_lb.web_alb.dns_name
  port              = 80
  type              = "HTTP"
  resource_path     = "/"
  failure_threshold = 3
  request_interval  = 30
}

resource "aws_route53_health_check" "secondary" {
  fqdn              = local.offline_web_alb_secondary_dns_name # offline: was aws_lb.web_alb_secondary.dns_name (declared nowhere)
  port              = 80
  type              = "HTTP"
  resource_path     = "/"
  failure_threshold = 3
  request_interval  = 30
}
