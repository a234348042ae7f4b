# certificate-covers-host on API Gateway domain names whose certificate
# comes through a local value. Plan JSON records the local's name, not the
# certificate it holds, so from the plan alone which certificate a domain
# serves is not known (a production API stack names its regional
# certificate so, through a conditional local). The domain still serves a
# certificate: the check applies to it, and says why it cannot decide.
# - from the plan (and from these .tf files, whose conditional local
#   plangraph does not evaluate), both domains are undecided, each message
#   naming the local value that hides its certificate (it said "whether
#   the check applies to it is unknown");
# - with `terraform graph -type=plan` (tf-graph-plan.dot) the local leads
#   to aws_acm_certificate.api[0]: aws_api_gateway_domain_name.api passes
#   (its name is the certificate's), aws_api_gateway_domain_name.admin
#   fails (admin.orders.acme-corp.io is neither the certificate's name nor
#   one of its alternative names).
# Plan it with scripts/regen-samples.

locals {
  ephemeral = false
  # An ephemeral environment borrows the shared wildcard certificate.
  certificate_arn = local.ephemeral ? data.aws_acm_certificate.shared[0].arn : aws_acm_certificate.api[0].arn
}

data "aws_acm_certificate" "shared" {
  count  = local.ephemeral ? 1 : 0
  domain = "*.orders.acme-corp.io"
}

resource "aws_acm_certificate" "api" {
  count                     = local.ephemeral ? 0 : 1
  domain_name               = "api.orders.acme-corp.io"
  subject_alternative_names = ["orders.acme-corp.io"]
  validation_method         = "DNS"
}

resource "aws_api_gateway_domain_name" "api" {
  domain_name              = "api.orders.acme-corp.io"
  regional_certificate_arn = local.certificate_arn
  security_policy          = "TLS_1_2"

  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

resource "aws_api_gateway_domain_name" "admin" {
  domain_name              = "admin.orders.acme-corp.io"
  regional_certificate_arn = local.certificate_arn
  security_policy          = "TLS_1_2"

  endpoint_configuration {
    types = ["REGIONAL"]
  }
}
