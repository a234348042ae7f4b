# health-check-meaningful: a failover health check must check the endpoint,
# not the name it guards. A check of the record's own name measures
# whatever the name resolves to (the healthy primary, then the secondary
# once failed over, then the primary again), so failover flaps or never
# happens; so does a PRIMARY and a SECONDARY checked on one target. Where a
# record aliases or points at a load balancer, its check targets that load
# balancer. One load balancer per region; each set's comment says what the
# query should find for its checks (lb.tf holds the load balancers).

resource "aws_route53_zone" "app" {
  provider = aws.primary
  name     = "acme-payments.io"
}

locals {
  check = { type = "HTTPS", port = 443, resource_path = "/healthz", failure_threshold = 3, request_interval = 10 }
}

# app: both pass; each record's check targets the load balancer it aliases.
resource "aws_route53_health_check" "app_east" {
  provider          = aws.primary
  fqdn              = aws_lb.east.dns_name
  type              = local.check.type
  port              = local.check.port
  resource_path     = local.check.resource_path
  failure_threshold = local.check.failure_threshold
  request_interval  = local.check.request_interval
}

resource "aws_route53_health_check" "app_west" {
  provider          = aws.primary
  fqdn              = aws_lb.west.dns_name
  type              = local.check.type
  port              = local.check.port
  resource_path     = local.check.resource_path
  failure_threshold = local.check.failure_threshold
  request_interval  = local.check.request_interval
}

resource "aws_route53_record" "app_primary" {
  provider        = aws.primary
  zone_id         = aws_route53_zone.app.zone_id
  name            = "app.acme-payments.io"
  type            = "A"
  set_identifier  = "east"
  health_check_id = aws_route53_health_check.app_east.id
  failover_routing_policy {
    type = "PRIMARY"
  }
  alias {
    name                   = aws_lb.east.dns_name
    zone_id                = aws_lb.east.zone_id
    evaluate_target_health = true
  }
}

resource "aws_route53_record" "app_secondary" {
  provider        = aws.primary
  zone_id         = aws_route53_zone.app.zone_id
  name            = "app.acme-payments.io"
  type            = "A"
  set_identifier  = "west"
  health_check_id = aws_route53_health_check.app_west.id
  failover_routing_policy {
    type = "SECONDARY"
  }
  alias {
    name                   = aws_lb.west.dns_name
    zone_id                = aws_lb.west.zone_id
    evaluate_target_health = true
  }
}

# self: both checks fail; they check the record's own name (written
# relative in the record; upper case and a trailing dot in one check, the
# zone's name in the other).
resource "aws_route53_health_check" "self_primary" {
  provider          = aws.primary
  fqdn              = "SELF.acme-payments.io."
  type              = local.check.type
  port              = local.check.port
  resource_path     = local.check.resource_path
  failure_threshold = local.check.failure_threshold
  request_interval  = local.check.request_interval
}

resource "aws_route53_health_check" "self_secondary" {
  provider          = aws.primary
  fqdn              = "self.${aws_route53_zone.app.name}"
  type              = local.check.type
  port              = local.check.port
  resource_path     = local.check.resource_path
  failure_threshold = local.check.failure_threshold
  request_interval  = local.check.request_interval
}

resource "aws_route53_record" "self_primary" {
  provider        = aws.primary
  zone_id         = aws_route53_zone.app.zone_id
  name            = "self"
  type            = "A"
  set_identifier  = "east"
  health_check_id = aws_route53_health_check.self_primary.id
  failover_routing_policy {
    type = "PRIMARY"
  }
  alias {
    name                   = aws_lb.east.dns_name
    zone_id                = aws_lb.east.zone_id
    evaluate_target_health = true
  }
}

resource "aws_route53_record" "self_secondary" {
  provider        = aws.primary
  zone_id         = aws_route53_zone.app.zone_id
  name            = "self"
  type            = "A"
  set_identifier  = "west"
  health_check_id = aws_route53_health_check.self_secondary.id
  failover_routing_policy {
    type = "SECONDARY"
  }
  alias {
    name                   = aws_lb.west.dns_name
    zone_id                = aws_lb.west.zone_id
    evaluate_target_health = true
  }
}

# copy: copy_east passes; copy_west fails: the SECONDARY aliases the west
# load balancer, but its check was copied from the PRIMARY's and targets the
# east one.
resource "aws_route53_health_check" "copy_east" {
  provider          = aws.primary
  fqdn              = aws_lb.east.dns_name
  type              = local.check.type
  port              = local.check.port
  resource_path     = local.check.resource_path
  failure_threshold = local.check.failure_threshold
  request_interval  = local.check.request_interval
}

resource "aws_route53_health_check" "copy_west" {
  provider          = aws.primary
  fqdn              = aws_lb.east.dns_name
  type              = local.check.type
  port              = local.check.port
  resource_path     = local.check.resource_path
  failure_threshold = local.check.failure_threshold
  request_interval  = local.check.request_interval
}

resource "aws_route53_record" "copy_primary" {
  provider        = aws.primary
  zone_id         = aws_route53_zone.app.zone_id
  name            = "copy.acme-payments.io"
  type            = "A"
  set_identifier  = "east"
  health_check_id = aws_route53_health_check.copy_east.id
  failover_routing_policy {
    type = "PRIMARY"
  }
  alias {
    name                   = aws_lb.east.dns_name
    zone_id                = aws_lb.east.zone_id
    evaluate_target_health = true
  }
}

resource "aws_route53_record" "copy_secondary" {
  provider        = aws.primary
  zone_id         = aws_route53_zone.app.zone_id
  name            = "copy.acme-payments.io"
  type            = "A"
  set_identifier  = "west"
  health_check_id = aws_route53_health_check.copy_west.id
  failover_routing_policy {
    type = "SECONDARY"
  }
  alias {
    name                   = aws_lb.west.dns_name
    zone_id                = aws_lb.west.zone_id
    evaluate_target_health = true
  }
}

# regional names: east.acme-payments.io and west.acme-payments.io alias
# the load balancers; api's checks name them. api_east passes (it names the
# record that aliases the PRIMARY's load balancer); api_west fails (it
# names east.acme-payments.io too, which aliases the east load balancer,
# not the west one its SECONDARY aliases).
resource "aws_route53_record" "regional_east" {
  provider = aws.primary
  zone_id  = aws_route53_zone.app.zone_id
  name     = "east.acme-payments.io"
  type     = "A"
  alias {
    name                   = aws_lb.east.dns_name
    zone_id                = aws_lb.east.zone_id
    evaluate_target_health = true
  }
}

resource "aws_route53_record" "regional_west" {
  provider = aws.primary
  zone_id  = aws_route53_zone.app.zone_id
  name     = "west.acme-payments.io"
  type     = "A"
  alias {
    name                   = aws_lb.west.dns_name
    zone_id                = aws_lb.west.zone_id
    evaluate_target_health = true
  }
}

resource "aws_route53_health_check" "api_east" {
  provider          = aws.primary
  fqdn              = "east.acme-payments.io"
  type              = local.check.type
  port              = local.check.port
  resource_path     = local.check.resource_path
  failure_threshold = local.check.failure_threshold
  request_interval  = local.check.request_interval
}

resource "aws_route53_health_check" "api_west" {
  provider          = aws.primary
  fqdn              = "east.acme-payments.io"
  type              = local.check.type
  port              = local.check.port
  resource_path     = local.check.resource_path
  failure_threshold = local.check.failure_threshold
  request_interval  = local.check.request_interval
}

resource "aws_route53_record" "api_primary" {
  provider        = aws.primary
  zone_id         = aws_route53_zone.app.zone_id
  name            = "api.acme-payments.io"
  type            = "A"
  set_identifier  = "east"
  health_check_id = aws_route53_health_check.api_east.id
  failover_routing_policy {
    type = "PRIMARY"
  }
  alias {
    name                   = aws_lb.east.dns_name
    zone_id                = aws_lb.east.zone_id
    evaluate_target_health = true
  }
}

resource "aws_route53_record" "api_secondary" {
  provider        = aws.primary
  zone_id         = aws_route53_zone.app.zone_id
  name            = "api.acme-payments.io"
  type            = "A"
  set_identifier  = "west"
  health_check_id = aws_route53_health_check.api_west.id
  failover_routing_policy {
    type = "SECONDARY"
  }
  alias {
    name                   = aws_lb.west.dns_name
    zone_id                = aws_lb.west.zone_id
    evaluate_target_health = true
  }
}

# partner: records that point at hosts outside the plan. `status` fails:
# the PRIMARY and the SECONDARY share one check, so both are healthy or
# unhealthy together. vpn["PRIMARY"] passes (it checks the address its
# PRIMARY points at); vpn["SECONDARY"] fails (it checks the same address
# for the SECONDARY, which points elsewhere).
resource "aws_route53_health_check" "status" {
  provider          = aws.primary
  fqdn              = "status.partner-hosting.net"
  type              = "HTTPS"
  failure_threshold = 3
  request_interval  = 30
}

resource "aws_route53_record" "partner" {
  for_each        = { PRIMARY = "a.partner-hosting.net", SECONDARY = "b.partner-hosting.net" }
  provider        = aws.primary
  zone_id         = aws_route53_zone.app.zone_id
  name            = "partner.acme-payments.io"
  type            = "CNAME"
  ttl             = 60
  records         = [each.value]
  set_identifier  = lower(each.key)
  health_check_id = aws_route53_health_check.status.id
  failover_routing_policy {
    type = each.key
  }
}

resource "aws_route53_health_check" "vpn" {
  for_each          = { PRIMARY = "203.0.113.10", SECONDARY = "203.0.113.10" }
  provider          = aws.primary
  ip_address        = each.value
  port              = 443
  type              = "TCP"
  failure_threshold = 3
  request_interval  = 30
}

resource "aws_route53_record" "vpn" {
  for_each        = { PRIMARY = "203.0.113.10", SECONDARY = "198.51.100.20" }
  provider        = aws.primary
  zone_id         = aws_route53_zone.app.zone_id
  name            = "vpn.acme-payments.io"
  type            = "A"
  ttl             = 60
  records         = [each.value]
  set_identifier  = lower(each.key)
  health_check_id = aws_route53_health_check.vpn[each.key].id
  failover_routing_policy {
    type = each.key
  }
}

# www: weighted records; www_self fails (it checks www.acme-payments.io,
# the name the blue record answers for); www_green passes (it checks the
# west load balancer, which the green record aliases).
resource "aws_route53_health_check" "www_self" {
  provider          = aws.primary
  fqdn              = "www.acme-payments.io"
  type              = local.check.type
  port              = local.check.port
  resource_path     = local.check.resource_path
  failure_threshold = local.check.failure_threshold
  request_interval  = local.check.request_interval
}

resource "aws_route53_health_check" "www_green" {
  provider          = aws.primary
  fqdn              = aws_lb.west.dns_name
  type              = local.check.type
  port              = local.check.port
  resource_path     = local.check.resource_path
  failure_threshold = local.check.failure_threshold
  request_interval  = local.check.request_interval
}

resource "aws_route53_record" "www_blue" {
  provider        = aws.primary
  zone_id         = aws_route53_zone.app.zone_id
  name            = "www"
  type            = "A"
  set_identifier  = "blue"
  health_check_id = aws_route53_health_check.www_self.id
  weighted_routing_policy {
    weight = 50
  }
  alias {
    name                   = aws_lb.east.dns_name
    zone_id                = aws_lb.east.zone_id
    evaluate_target_health = true
  }
}

resource "aws_route53_record" "www_green" {
  provider        = aws.primary
  zone_id         = aws_route53_zone.app.zone_id
  name            = "www"
  type            = "A"
  set_identifier  = "green"
  health_check_id = aws_route53_health_check.www_green.id
  weighted_routing_policy {
    weight = 50
  }
  alias {
    name                   = aws_lb.west.dns_name
    zone_id                = aws_lb.west.zone_id
    evaluate_target_health = true
  }
}

# admin: fails; it checks an internal load balancer (lb.tf) on the port it
# listens on, but Route 53's checkers cannot reach it, so it is never
# healthy.
resource "aws_route53_health_check" "admin" {
  provider          = aws.primary
  fqdn              = aws_lb.admin.dns_name
  type              = "HTTP"
  port              = 80
  resource_path     = "/healthz"
  failure_threshold = 3
  request_interval  = 30
}
