//===== Reference Zones from management =====

# offline: data "aws_route53_zone" "service" { name = "lpa-uid.api.opg.service.justice.gov.uk", provider = aws.management }
# (a Route 53 lookup at plan time) -> its name and a made-up id
locals {
  offline_zone = { name = "lpa-uid.api.opg.service.justice.gov.uk", id = "Z0A1B2C3D4E5F6LPAUID", zone_id = "Z0A1B2C3D4E5F6LPAUID" }
}

//===== Create certificates for sub domains =====

resource "aws_acm_certificate" "environment" {
  domain_name               = "*.${local.offline_zone.name}"
  validation_method         = "DNS"
  subject_alternative_names = [local.offline_zone.name]
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_route53_record" "validation" {
  name            = sort(aws_acm_certificate.environment.domain_validation_options[*].resource_record_name)[0]
  type            = sort(aws_acm_certificate.environment.domain_validation_options[*].resource_record_type)[0]
  zone_id         = local.offline_zone.id
  records         = [sort(aws_acm_certificate.environment.domain_validation_options[*].resource_record_value)[0]]
  ttl             = 60
  allow_overwrite = true
  provider        = aws.management
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
    name                   = aws_api_gateway_domain_name.lpa_uid.regional_domain_name
    zone_id                = aws_api_gateway_domain_name.lpa_uid.regional_zone_id
  }

  provider = aws.management
}

locals {
  a_record = terraform.workspace == "production" ? local.offline_zone.name : var.environment_name
}
