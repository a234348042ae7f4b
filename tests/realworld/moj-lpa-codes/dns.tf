//===== Reference Zones from management =====

locals { # offline: data "aws_route53_zone" "environment_cert" { name = "${local.account.opg_hosted_zone}.", provider = aws.management } made the
  # name and id that lookup returns (the provider drops the trailing dot of the name; the id is made up)
  offline_environment_zone = { name = local.account.opg_hosted_zone, id = "Z0571309LPACODES4PRD" }
}

//===== Create certificates for sub domains =====

resource "aws_acm_certificate" "environment_cert" {
  count                     = local.ephemeral ? 0 : 1
  domain_name               = "*.${local.offline_environment_zone.name}" # offline: was data.aws_route53_zone.environment_cert
  validation_method         = "DNS"
  subject_alternative_names = [local.offline_environment_zone.name] # offline: was data.aws_route53_zone.environment_cert
  lifecycle {
    create_before_destroy = true
  }
}

data "aws_acm_certificate" "environment_cert" {
  count       = local.ephemeral ? 1 : 0
  domain      = "*.${trimsuffix(local.offline_environment_zone.name, ".")}" # offline: was data.aws_route53_zone.environment_cert
  types       = ["AMAZON_ISSUED"]
  most_recent = true
}

resource "aws_route53_record" "validation" {
  count    = local.ephemeral ? 0 : 1
  name     = sort(aws_acm_certificate.environment_cert[0].domain_validation_options[*].resource_record_name)[0]
  type     = sort(aws_acm_certificate.environment_cert[0].domain_validation_options[*].resource_record_type)[0]
  zone_id  = local.offline_environment_zone.id # offline: was data.aws_route53_zone.environment_cert
  records  = [sort(aws_acm_certificate.environment_cert[0].domain_validation_options[*].resource_record_value)[0]]
  ttl      = 60
  provider = aws.management
}

//===== Create A records =====

resource "aws_route53_record" "environment_record" {
  name     = local.a_record
  type     = "A"
  zone_id  = local.offline_environment_zone.id # offline: was data.aws_route53_zone.environment_cert
  provider = aws.management

  alias {
    evaluate_target_health = true
    name                   = aws_api_gateway_domain_name.lpa_codes.regional_domain_name
    zone_id                = aws_api_gateway_domain_name.lpa_codes.regional_zone_id
  }
}
