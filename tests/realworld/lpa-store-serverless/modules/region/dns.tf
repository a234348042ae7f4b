locals {
  a_record    = terraform.workspace == "production" ? local.offline_zone.name : var.environment_name
  domain_name = terraform.workspace == "production" ? local.offline_zone.name : "${local.a_record}.${local.offline_zone.name}"
}

# offline: data "aws_route53_zone" "service" (name = "lpa-store.api.opg.service.justice.gov.uk",
# provider aws.management, Route 53 at plan time) -> local.offline_zone (its name, a made-up id);
# data "aws_acm_certificate" "root" (domain = the zone name or "*." + it, provider aws.region,
# ACM at plan time) -> local.offline_certificate_arn, an ACM ARN of the region (made-up id).
locals {
  offline_zone = {
    name = "lpa-store.api.opg.service.justice.gov.uk"
    id   = "Z0E1A2B3C4D5E6F7G8H9I"
  }
  offline_certificate_arn = "arn:aws:acm:${data.aws_region.current.name}:${var.environment.account_id}:certificate/${data.aws_region.current.name == "eu-west-1" ? "1e1e1e1e-0000-4000-8000-00000000e101" : "2e2e2e2e-0000-4000-8000-00000000e201"}"
}

resource "aws_route53_record" "environment_record" {
  name           = local.a_record
  type           = "A"
  zone_id        = local.offline_zone.id
  set_identifier = data.aws_region.current.name

  weighted_routing_policy {
    weight = var.dns_weighting
  }

  alias {
    evaluate_target_health = true
    name                   = aws_api_gateway_domain_name.lpa_store.regional_domain_name
    zone_id                = aws_api_gateway_domain_name.lpa_store.regional_zone_id
  }

  provider = aws.management
}

resource "aws_api_gateway_domain_name" "lpa_store" {
  domain_name              = local.domain_name
  regional_certificate_arn = local.offline_certificate_arn
  security_policy          = "TLS_1_2"

  endpoint_configuration {
    types = ["REGIONAL"]
  }

  provider = aws.region
}
