# DNS queries (route53-zone-not-reserved, health-check-meaningful,
# failover-records-health-checked) on the forms a plan takes: for_each and
# count, names written relative and absolute, upper case and with a
# trailing dot, values known only after apply, and records the plan
# deletes (terraform.tfstate holds the existing zone corp.internal, a
# SECONDARY record and a zone under example.com, which the configuration
# no longer has). Each resource's comment says what the queries should find.

# Exists already (Z0CORPINTERNAL01); passes.
resource "aws_route53_zone" "corp" {
  provider = aws.primary
  name     = "corp.internal"
}

# fails: upper case and a trailing dot do not hide example.org
resource "aws_route53_zone" "shop" {
  provider = aws.primary
  name     = "Shop.Example.ORG."
}

# passes: example.net is only a label inside it
resource "aws_route53_zone" "lookalike" {
  provider = aws.primary
  name     = "example.net.acme-payments.io"
}

# for_each: ["a.example.com"] fails, ["b.acme-payments.io"] passes
resource "aws_route53_zone" "team" {
  for_each = toset(["a.example.com", "b.acme-payments.io"])
  provider = aws.primary
  name     = each.value
}

resource "aws_lb" "web" {
  provider           = aws.primary
  name               = "web"
  load_balancer_type = "application"
  subnets            = ["subnet-0aaaaaaaaaaaaaaa1", "subnet-0aaaaaaaaaaaaaaa2"]
}

resource "aws_lb_target_group" "web" {
  provider = aws.primary
  name     = "web"
  port     = 8080
  protocol = "HTTP"
  vpc_id   = "vpc-0aaaaaaaaaaaaaaa1"
}

resource "aws_lb_listener" "https" {
  provider          = aws.primary
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  certificate_arn   = "arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b"
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}

resource "aws_cloudwatch_metric_alarm" "errors" {
  provider            = aws.primary
  alarm_name          = "web-errors"
  namespace           = "AWS/ApplicationELB"
  metric_name         = "HTTPCode_Target_5XX_Count"
  statistic           = "Sum"
  period              = 60
  evaluation_periods  = 3
  threshold           = 10
  comparison_operator = "GreaterThanThreshold"
  alarm_actions       = ["arn:aws:sns:us-east-1:123456789012:pager"]
}

# count: both check the load balancer on 443 and pass
resource "aws_route53_health_check" "web" {
  count             = 2
  provider          = aws.primary
  type              = "HTTPS"
  fqdn              = aws_lb.web.dns_name
  resource_path     = "/healthz/${count.index}"
  failure_threshold = 3
  request_interval  = 30
}

# fails: HTTP defaults to port 80, where the load balancer does not listen
resource "aws_route53_health_check" "web_http" {
  provider          = aws.primary
  type              = "HTTP"
  fqdn              = aws_lb.web.dns_name
  resource_path     = "/healthz"
  failure_threshold = 3
  request_interval  = 30
}

# passes: a literal address
resource "aws_route53_health_check" "office" {
  provider          = aws.primary
  type              = "TCP"
  ip_address        = "203.0.113.10"
  port              = 22
  failure_threshold = 3
  request_interval  = 30
}

# passes: the name is read from a parameter at apply, which supplies it
data "aws_ssm_parameter" "partner" {
  provider   = aws.primary
  name       = "/dns/partner-host"
  depends_on = [aws_route53_zone.shop]
}

resource "aws_route53_health_check" "partner" {
  provider          = aws.primary
  type              = "HTTPS"
  fqdn              = data.aws_ssm_parameter.partner.insecure_value
  port              = 443
  failure_threshold = 3
  request_interval  = 30
}

# passes: aggregates the two web checks
resource "aws_route53_health_check" "site" {
  provider               = aws.primary
  type                   = "CALCULATED"
  child_health_threshold = 1
  child_healthchecks     = aws_route53_health_check.web[*].id
}

# undecided: the children are read from a parameter at apply
resource "aws_route53_health_check" "pooled" {
  provider               = aws.primary
  type                   = "CALCULATED"
  child_health_threshold = 1
  child_healthchecks     = split(",", data.aws_ssm_parameter.partner.insecure_value)
}

# fails: aggregates nothing
resource "aws_route53_health_check" "empty" {
  provider               = aws.primary
  type                   = "CALCULATED"
  child_health_threshold = 1
  child_healthchecks     = []
}

# passes: names an alarm and keeps the last status on missing data
resource "aws_route53_health_check" "errors" {
  provider                        = aws.primary
  type                            = "CLOUDWATCH_METRIC"
  cloudwatch_alarm_name           = aws_cloudwatch_metric_alarm.errors.alarm_name
  cloudwatch_alarm_region         = "us-east-1"
  insufficient_data_health_status = "LastKnownStatus"
}

# fails: missing data reads as healthy
resource "aws_route53_health_check" "optimist" {
  provider                        = aws.primary
  type                            = "CLOUDWATCH_METRIC"
  cloudwatch_alarm_name           = "web-errors"
  cloudwatch_alarm_region         = "us-east-1"
  insufficient_data_health_status = "Healthy"
}
