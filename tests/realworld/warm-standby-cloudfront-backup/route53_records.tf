resource "aws_route53_record" "primary" {
  zone_id = aws_route53_zone.primary.zone_id
  name    = "www.yourdomain.com"
  type    = "A"

  alias {
    name                   = aws_lb.web_alb.dns_name
    zone_id                = aws_lb.web_alb.zone_id
    evaluate_target_health = true
  }

  set_identifier = "primary"
  failover_routing_policy {
    type = "PRIMARY"
  }

  health_check_id = aws_route53_health_check.primary.id
}

resource "aws_route53_record" "secondary" {
  zone_id = aws_route53_zone.primary.zone_id
  name    = "www.yourdomain.com"
  type    = "A"

  alias {
    name                   = local.offline_web_alb_secondary_dns_name # offline: was aws_lb.web_alb_secondary.dns_name (declared nowhere)
    zone_id                = local.offline_web_alb_secondary_zone_id # offline: was aws_lb.web_alb_secondary.zone_id (declared nowhere)
    evaluate_target_health = true
  }

  set_identifier = "secondary"
  failover_routing_policy {
    type = "SECONDARY"
  }

  health_check_id = aws_route53_health_check.secondary.id
}
