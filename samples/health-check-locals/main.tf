# health-check-meaningful when the plan cannot tell which record uses a
# check: the records take health_check_id from a local value (as modules
# that build records from a list of maps do), which plan JSON does not
# describe. A check is then judged against every record that could use it.
# No load balancer and no complete failover set here; each check's comment
# says what the query should find. With tf-graph-plan.dot (terraform graph
# -type=plan) the local is resolved and `loop` fails (golden
# check-health-locals-graph).

resource "aws_route53_zone" "shop" {
  name = "acme-retail.io"
}

# passes: it checks a partner's host, which no record of the plan is named,
# so no record could use it on its own name
resource "aws_route53_health_check" "edge" {
  fqdn              = "edge-1.cdn-partner.net"
  type              = "HTTPS"
  resource_path     = "/healthz"
  failure_threshold = 3
  request_interval  = 30
}

# undecided: it checks www.acme-retail.io, the name of the records below;
# the plan cannot tell whether they are the ones that use it
resource "aws_route53_health_check" "loop" {
  fqdn              = "www.acme-retail.io"
  type              = "HTTPS"
  resource_path     = "/healthz"
  failure_threshold = 3
  request_interval  = 30
}

locals {
  checks = {
    blue  = aws_route53_health_check.edge.id
    green = aws_route53_health_check.loop.id
  }
  targets = {
    blue  = "edge-1.cdn-partner.net"
    green = "edge-2.cdn-partner.net"
  }
}

resource "aws_route53_record" "www" {
  for_each        = local.checks
  zone_id         = aws_route53_zone.shop.zone_id
  name            = "www"
  type            = "CNAME"
  ttl             = 60
  records         = [local.targets[each.key]]
  set_identifier  = each.key
  health_check_id = each.value
  weighted_routing_policy {
    weight = 50
  }
}
