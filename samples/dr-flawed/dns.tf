# Route 53 failover: one record per region, each with an HTTPS health
# check on the port its load balancer listens on, and a CloudWatch-metric
# check on the replication-lag alarm that reads missing data as unhealthy.

resource "aws_route53_zone" "dr" {
  provider = aws.primary
  name     = local.domain
}

# One health check and one failover record per region, written out: the
# plan's JSON does not keep locals, so a for_each over a local map of the
# regions' outputs would hide which load balancer each check watches.

resource "aws_route53_health_check" "primary" {
  provider          = aws.primary
  type              = "HTTPS"
  fqdn              = module.primary.alb_dns_name
  port              = 443
  resource_path     = "/healthz"
  failure_threshold = 3
  request_interval  = 10
}

resource "aws_route53_health_check" "secondary" {
  provider          = aws.primary
  type              = "HTTPS"
  fqdn              = module.secondary.alb_dns_name
  port              = 8443
  resource_path     = "/healthz"
  failure_threshold = 3
  request_interval  = 10
}

resource "aws_route53_health_check" "replication" {
  provider                        = aws.primary
  type                            = "CLOUDWATCH_METRIC"
  cloudwatch_alarm_name           = aws_cloudwatch_metric_alarm.replication_lag.alarm_name
  cloudwatch_alarm_region         = "us-west-2"
  insufficient_data_health_status = "Healthy"
}

resource "aws_route53_health_check" "overall" {
  provider               = aws.primary
  type                   = "CALCULATED"
  child_health_threshold = 1
}

resource "aws_route53_record" "primary" {
  provider        = aws.primary
  zone_id         = aws_route53_zone.dr.zone_id
  name            = "app.${local.domain}"
  type            = "A"
  set_identifier  = "primary"

  failover_routing_policy {
    type = "PRIMARY"
  }

  alias {
    name                   = module.primary.alb_dns_name
    zone_id                = module.primary.alb_zone_id
    evaluate_target_health = false
  }
}

resource "aws_route53_record" "secondary" {
  provider        = aws.primary
  zone_id         = aws_route53_zone.dr.zone_id
  name            = "app.${local.domain}"
  type            = "A"
  set_identifier  = "secondary"
  health_check_id = aws_route53_health_check.secondary.id

  failover_routing_policy {
    type = "SECONDARY"
  }

  alias {
    name                   = module.secondary.alb_dns_name
    zone_id                = module.secondary.alb_zone_id
    evaluate_target_health = true
  }
}
