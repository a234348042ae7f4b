resource "aws_api_gateway_rest_api" "lpa_codes" {
  name        = "lpa-codes-${local.environment}"
  description = "API Gateway for LPA Codes - ${local.environment}"
  body        = local.template_file
  policy      = sensitive(data.aws_iam_policy_document.lpa_rest_api_policy.json)

  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

locals {
  template_file       = templatefile(local.openapi_spec, local.api_template_vars)
  open_api_sha        = substr(replace(base64sha256(local.template_file), "/[^0-9A-Za-z_]/", ""), 0, 5)
  rest_api_policy_sha = substr(base64sha256(data.aws_iam_policy_document.lpa_rest_api_policy.json), 0, 5)
}

data "aws_iam_policy_document" "lpa_rest_api_policy" {
  override_policy_documents = local.ip_restrictions_enabled ? [data.aws_iam_policy_document.lpa_rest_api_ip_restriction_policy[0].json] : []
  statement {
    sid    = "AllowExecuteByAllowedRoles"
    effect = "Allow"
    principals {
      type        = "AWS"
      identifiers = local.account.allowed_roles
    }
    actions   = ["execute-api:Invoke"]
    resources = ["arn:aws:execute-api:eu-west-?:${local.account.account_id}:*/*/*/*"]
  }
}

data "aws_iam_policy_document" "lpa_rest_api_ip_restriction_policy" {
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
      values   = sensitive(local.allow_list_mapping[local.account.account_mapping])
    }
  }
}

locals { # offline: module "allow_list" { source = "git@github.com:ministryofjustice/opg-terraform-aws-moj-ip-allow-list.git?ref=v3.4.5" } (outputs only: IP range lists; private git, not fetchable offline) made lists of RFC 5737 documentation ranges
  offline_allow_list = { use_an_lpa_development = ["192.0.2.10/32"], use_an_lpa_preproduction = ["192.0.2.20/32"], use_an_lpa_production = ["192.0.2.30/32", "198.51.100.0/28"], sirius_dev_allow_list = ["203.0.113.10/32"], sirius_pre_allow_list = ["203.0.113.20/32"], sirius_prod_allow_list = ["203.0.113.30/32", "203.0.113.64/27"] }
}

locals {
  allow_list_mapping = {
    development = concat(
      local.offline_allow_list.use_an_lpa_development, # offline: was module.allow_list
      local.offline_allow_list.use_an_lpa_preproduction, # offline: was module.allow_list
      local.offline_allow_list.sirius_dev_allow_list, # offline: was module.allow_list
    )
    preproduction = concat(
      local.offline_allow_list.use_an_lpa_preproduction, # offline: was module.allow_list
      local.offline_allow_list.sirius_pre_allow_list, # offline: was module.allow_list
    )
    production = concat(
      local.offline_allow_list.use_an_lpa_production, # offline: was module.allow_list
      local.offline_allow_list.sirius_prod_allow_list, # offline: was module.allow_list
    )
  }
  ip_restrictions_enabled = contains(["preproduction", "production"], local.account.account_mapping)
}
