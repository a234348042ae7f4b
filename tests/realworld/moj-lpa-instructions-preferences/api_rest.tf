resource "aws_api_gateway_rest_api" "lpa_iap" {
  name        = "lpa-instructions-preferences-${local.environment}"
  description = "API Gateway for LPA instructions and preferences - ${local.environment}"
  body        = templatefile("${path.root}/docs/openapi/${local.api_name}.yml", local.api_template_vars) # offline: upstream "../../docs/openapi/...", the repository's docs/, copied here
  policy      = sensitive(data.aws_iam_policy_document.lpa_iap_policy.json)

  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

data "aws_iam_policy_document" "lpa_iap_policy" {
  override_policy_documents = local.ip_restrictions_enabled ? [data.aws_iam_policy_document.lpa_iap_ip_restriction_policy[0].json] : []
  statement {
    sid    = "AllowExecuteByAllowedRoles"
    effect = "Allow"
    principals {
      type        = "AWS"
      identifiers = local.allowed_roles
    }
    actions   = ["execute-api:Invoke"]
    resources = ["arn:aws:execute-api:eu-west-?:${local.account.account_id}:*/*/*/*"]
  }
}

data "aws_iam_policy_document" "lpa_iap_ip_restriction_policy" {
  count = local.ip_restrictions_enabled ? 1 : 0
  statement {
    sid    = "DenyExecuteByNoneAllowedIPRanges"
    effect = "Deny"
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
    actions       = ["execute-api:Invoke"]
    not_resources = ["arn:aws:execute-api:eu-west-?:${local.account.account_id}:*/*/*/healthcheck"]
    condition {
      test     = "NotIpAddress"
      variable = "aws:SourceIp"
      values   = sensitive(local.allow_list_mapping[local.account.name])
    }
  }
}

locals { # offline: module "allow_list" (source git@github.com:ministryofjustice/opg-terraform-aws-moj-ip-allow-list.git?ref=v3.5.2, outputs only: CIDR lists; not fetchable) -> made-up documentation ranges
  offline_allow_list = { use_an_lpa_development = ["192.0.2.10/32"], use_an_lpa_preproduction = ["192.0.2.20/32"], sirius_dev_allow_list = ["192.0.2.30/32"], sirius_pre_allow_list = ["192.0.2.40/32"], use_an_lpa_production = ["198.51.100.10/32", "198.51.100.11/32"], sirius_prod_allow_list = ["198.51.100.20/32"], moj_global_protect_vpn = ["203.0.113.0/28"], palo_alto_prisma_access = ["203.0.113.64/27"] }
}

locals {
  allow_list_mapping = { # offline: module.allow_list.X -> local.offline_allow_list.X above
    development = concat(
      local.offline_allow_list.use_an_lpa_development,
      local.offline_allow_list.use_an_lpa_preproduction,
      local.offline_allow_list.sirius_dev_allow_list,
    )
    preproduction = concat(
      local.offline_allow_list.use_an_lpa_preproduction,
      local.offline_allow_list.sirius_pre_allow_list,
    )
    production = concat(
      local.offline_allow_list.use_an_lpa_production,
      local.offline_allow_list.sirius_prod_allow_list,
      local.offline_allow_list.moj_global_protect_vpn,
      local.offline_allow_list.palo_alto_prisma_access,
    )
  }
  ip_restrictions_enabled = contains(["preproduction", "production"], local.account.name)
}
