# failover-records-health-checked: record sets made of for_each and count
# instances, relative and absolute names, and a set whose SECONDARY the plan
# deletes.

# passes: app.corp.internal, PRIMARY with a check and SECONDARY (for_each;
# the names differ only by the zone suffix).
resource "aws_route53_record" "app" {
  for_each        = { primary = "app", secondary = "app.corp.internal." }
  provider        = aws.primary
  zone_id         = aws_route53_zone.corp.zone_id
  name            = each.value
  type            = "CNAME"
  ttl             = 60
  records         = ["${each.key}.lb.corp.internal"]
  set_identifier  = each.key
  health_check_id = each.key == "primary" ? aws_route53_health_check.site.id : null

  failover_routing_policy {
    type = upper(each.key)
  }
}

# fails: api.corp.internal has two PRIMARY records (count) and no SECONDARY.
resource "aws_route53_record" "api" {
  count           = 2
  provider        = aws.primary
  zone_id         = aws_route53_zone.corp.zone_id
  name            = "api.corp.internal"
  type            = "A"
  ttl             = 60
  records         = ["10.0.0.${count.index + 1}"]
  set_identifier  = "api-${count.index}"
  health_check_id = aws_route53_health_check.web[count.index].id

  failover_routing_policy {
    type = "PRIMARY"
  }
}

# fails: the SECONDARY of pay.corp.internal is being deleted (it is only in
# the state), so the PRIMARY is left alone.
resource "aws_route53_record" "pay_primary" {
  provider        = aws.primary
  zone_id         = aws_route53_zone.corp.zone_id
  name            = "pay.corp.internal"
  type            = "A"
  ttl             = 60
  records         = ["10.0.1.1"]
  set_identifier  = "primary"
  health_check_id = aws_route53_health_check.office.id

  failover_routing_policy {
    type = "PRIMARY"
  }
}

# passes: weighted, blue has a check and green takes no traffic (weight 0).
resource "aws_route53_record" "www" {
  for_each        = { blue = 100, green = 0 }
  provider        = aws.primary
  zone_id         = aws_route53_zone.corp.zone_id
  name            = "www.corp.internal"
  type            = "A"
  ttl             = 60
  records         = [each.key == "blue" ? "10.0.2.1" : "10.0.2.2"]
  set_identifier  = each.key
  health_check_id = each.key == "blue" ? aws_route53_health_check.web[0].id : null

  weighted_routing_policy {
    weight = each.value
  }
}

# fails: weighted, canary takes traffic with no health check.
resource "aws_route53_record" "edge" {
  for_each       = { main = 90, canary = 10 }
  provider       = aws.primary
  zone_id        = aws_route53_zone.corp.zone_id
  name           = "edge.corp.internal"
  type           = "A"
  ttl            = 60
  records        = ["10.0.3.${each.value}"]
  set_identifier = each.key
  health_check_id = each.key == "main" ? aws_route53_health_check.web[1].id : null

  weighted_routing_policy {
    weight = each.value
  }
}

# undecided: the PRIMARY's check id is read at apply and refers to no check.
resource "aws_route53_record" "partner" {
  for_each        = toset(["PRIMARY", "SECONDARY"])
  provider        = aws.primary
  zone_id         = aws_route53_zone.corp.zone_id
  name            = "partner.corp.internal"
  type            = "A"
  ttl             = 60
  records         = ["10.0.4.1"]
  set_identifier  = lower(each.key)
  health_check_id = each.key == "PRIMARY" ? data.aws_ssm_parameter.partner.insecure_value : null

  failover_routing_policy {
    type = each.key
  }
}

# No subject: simple routing.
resource "aws_route53_record" "plain" {
  provider = aws.primary
  zone_id  = aws_route53_zone.corp.zone_id
  name     = "plain.corp.internal"
  type     = "A"
  ttl      = 60
  records  = ["10.0.5.1"]
}
