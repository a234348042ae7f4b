# A zone with counted records, and failover records with health checks.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws" }
  }
}

variable "name" { type = string }
variable "domain" { type = string }

variable "hosts" {
  type    = list(string)
  default = ["www", "api", "admin", "static", "mail", "vpn"]
}

resource "aws_route53_zone" "this" {
  name = var.domain
}

resource "aws_route53_record" "host" {
  count   = length(var.hosts)
  zone_id = aws_route53_zone.this.zone_id
  name    = "${var.hosts[count.index]}.${var.domain}"
  type    = "CNAME"
  ttl     = 300
  records = ["lb.${var.domain}"]
}

resource "aws_route53_health_check" "site" {
  count             = 2
  fqdn              = "site${count.index}.${var.domain}"
  port              = 443
  type              = "HTTPS"
  resource_path     = "/health"
  failure_threshold = 3
  request_interval  = 30
}

resource "aws_route53_record" "failover" {
  count           = 2
  zone_id         = aws_route53_zone.this.zone_id
  name            = "app.${var.domain}"
  type            = "CNAME"
  ttl             = 60
  records         = ["site${count.index}.${var.domain}"]
  set_identifier  = count.index == 0 ? "primary" : "secondary"
  health_check_id = aws_route53_health_check.site[count.index].id
  failover_routing_policy {
    type = count.index == 0 ? "PRIMARY" : "SECONDARY"
  }
}
