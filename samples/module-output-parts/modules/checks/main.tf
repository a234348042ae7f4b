# One HTTPS health check per name, as a list of ids.
variable "fqdns" { type = list(string) }

resource "aws_route53_health_check" "this" {
  count             = length(var.fqdns)
  fqdn              = var.fqdns[count.index]
  port              = 443
  type              = "HTTPS"
  resource_path     = "/health"
  failure_threshold = 3
  request_interval  = 30
}

output "ids" { value = aws_route53_health_check.this[*].id }
