# health-check-meaningful on checks whose fqdn is a URL, not a host name.
# A check's fqdn is the host Route 53's checkers resolve and probe; the
# path goes in resource_path and the port in port. A URL pasted there
# ("https://host/path", "host/path", "host:port") is a name Route 53
# refuses or can never resolve, so the check never reports the endpoint
# healthy and its alarm, or the failover it drives, acts on nothing.
# - aws_route53_health_check.site fails: its fqdn strips only the scheme
#   of a URL variable, leaving the path (a monitoring recipe does this);
# - aws_route53_health_check.api fails: host:port in fqdn;
# - aws_route53_health_check.status passes: host name, resource_path and
#   port set apart.
# Plan it with scripts/regen-samples.

variable "site_url" {
  type    = string
  default = "https://shop.example-retail.net/status/200"
}

resource "aws_route53_health_check" "site" {
  fqdn              = replace(var.site_url, "https://", "")
  type              = "HTTPS"
  port              = 443
  failure_threshold = 3
  request_interval  = 30
}

resource "aws_route53_health_check" "api" {
  fqdn              = "api.example-retail.net:8443"
  type              = "HTTPS"
  resource_path     = "/healthz"
  failure_threshold = 3
  request_interval  = 30
}

resource "aws_route53_health_check" "status" {
  fqdn              = "status.example-retail.net"
  type              = "HTTPS"
  port              = 8443
  resource_path     = "/status/200"
  failure_threshold = 3
  request_interval  = 30
}
