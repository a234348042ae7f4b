locals {
  template_file = templatefile("${path.root}/docs/openapi/openapi.yaml", { # offline: was "../../docs/openapi/openapi.yaml"
    create_case_lambda_invoke_arn = aws_lambda_function.create_case.invoke_arn
  })
}

resource "aws_api_gateway_rest_api" "lpa_uid" {
  name        = "lpa-uid-${terraform.workspace}"
  description = "API Gateway for LPA UID - ${local.environment_name}"
  body        = local.template_file
  policy      = sensitive(data.aws_iam_policy_document.lpa_uid.json)

  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

locals {
  open_api_sha        = substr(replace(base64sha256(local.template_file), "/[^0-9A-Za-z_]/", ""), 0, 5)
  rest_api_policy_sha = substr(base64sha256(data.aws_iam_policy_document.lpa_uid.json), 0, 5)
}

resource "aws_api_gateway_deployment" "lpa_uid" {
  rest_api_id = aws_api_gateway_rest_api.lpa_uid.id

  triggers = {
    redeployment = sha1(jsonencode([
      aws_api_gateway_rest_api.lpa_uid.body,
      local.open_api_sha,
      local.rest_api_policy_sha
    ]))
  }

  lifecycle {
    create_before_destroy = true
  }

  depends_on = [
    aws_api_gateway_rest_api.lpa_uid,
    data.aws_iam_policy_document.lpa_uid
  ]
}

locals {
  stage_name = "current"
}

resource "aws_api_gateway_stage" "current" {
  depends_on           = [aws_cloudwatch_log_group.lpa_uid]
  deployment_id        = aws_api_gateway_deployment.lpa_uid.id
  rest_api_id          = aws_api_gateway_rest_api.lpa_uid.id
  stage_name           = local.stage_name
  xray_tracing_enabled = true

  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.lpa_uid.arn
    format = join("", [
      "{\"requestId\":\"$context.requestId\",",
      "\"ip\":\"$context.identity.sourceIp\",",
      "\"caller\":\"$context.identity.caller\",",
      "\"user\":\"$context.identity.user\",",
      "\"requestTime\":\"$context.requestTime\",",
      "\"httpMethod\":\"$context.httpMethod\",",
      "\"resourcePath\":\"$context.resourcePath\",",
      "\"status\":\"$context.status\",",
      "\"protocol\":\"$context.protocol\",",
      "\"responseLength\":\"$context.responseLength\"}"
    ])
  }
}

# offline: data "aws_wafv2_web_acl" "integrations" { name = "integrations-<account>-<region>-web-acl", scope = "REGIONAL" }
# (a WAFv2 lookup at plan time) -> its ARN, id made up
locals {
  offline_integrations_web_acl_arn = "arn:aws:wafv2:${data.aws_region.current.name}:${var.environment.account_id}:regional/webacl/integrations-${var.environment.account_name}-${data.aws_region.current.name}-web-acl/0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9"
}

resource "aws_wafv2_web_acl_association" "api_gateway_stage" {
  resource_arn = aws_api_gateway_stage.current.arn
  web_acl_arn  = local.offline_integrations_web_acl_arn
}

resource "aws_cloudwatch_log_group" "lpa_uid" {
  name              = "API-Gateway-Execution-Logs-${aws_api_gateway_rest_api.lpa_uid.name}-${local.stage_name}"
  kms_key_id        = aws_kms_key.cloudwatch_standard.arn
  retention_in_days = 400
}

output "api_stage_uri" {
  value = aws_api_gateway_stage.current.invoke_url
}

resource "aws_api_gateway_domain_name" "lpa_uid" {
  domain_name              = terraform.workspace == "production" ? local.offline_zone.name : "${local.a_record}.${local.offline_zone.name}"
  regional_certificate_arn = aws_acm_certificate.environment.arn
  security_policy          = "TLS_1_2"

  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

resource "aws_api_gateway_base_path_mapping" "mapping" {
  api_id      = aws_api_gateway_rest_api.lpa_uid.id
  stage_name  = aws_api_gateway_stage.current.stage_name
  domain_name = aws_api_gateway_domain_name.lpa_uid.domain_name

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_api_gateway_method_settings" "lpa_uid_gateway_settings" {
  rest_api_id = aws_api_gateway_rest_api.lpa_uid.id
  stage_name  = aws_api_gateway_stage.current.stage_name
  method_path = "*/*"

  settings {
    metrics_enabled = true
    logging_level   = "INFO"
  }
}

data "aws_iam_policy_document" "lpa_uid" {
  override_policy_documents = local.ip_restrictions_enabled ? [data.aws_iam_policy_document.lpa_uid_ip_restriction_policy[0].json] : []
  policy_id                 = "lpa-uid-${terraform.workspace}-${data.aws_region.current.name}-resource-policy"

  statement {
    sid    = "${local.policy_region_prefix}AllowExecutionFromAllowedARNs"
    effect = "Allow"

    principals {
      type        = "AWS"
      identifiers = var.environment.allowed_arns
    }

    actions   = ["execute-api:Invoke"]
    resources = ["*"]
  }
}

data "aws_iam_policy_document" "lpa_uid_ip_restriction_policy" {
  count = local.ip_restrictions_enabled ? 1 : 0
  statement {
    sid    = "DenyExecuteByNoneAllowedIPRanges"
    effect = "Deny"
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
    actions       = ["execute-api:Invoke"]
    not_resources = ["arn:aws:execute-api:eu-west-?:${var.environment.account_id}:*/*/*/health"]
    condition {
      test     = "NotIpAddress"
      variable = "aws:SourceIp"
      values   = sensitive(local.allow_list_mapping[var.environment.account_name])
    }
  }
}

# offline: module "allow_list" { source = "git@github.com:ministryofjustice/opg-terraform-aws-moj-ip-allow-list.git?ref=v3.4.0" }
# removed (outputs only: IP range lists; not fetchable here). Its lists are read
# only when ip_restrictions_enabled (preproduction, production); empty here.
locals {
  offline_allow_list = {
    mr_lpa_development     = []
    sirius_dev_allow_list  = []
    mr_lpa_preproduction   = []
    sirius_pre_allow_list  = []
    mr_lpa_production      = []
    sirius_prod_allow_list = []
  }
}

locals {
  allow_list_mapping = {
    development = concat(
      local.offline_allow_list.mr_lpa_development,
      local.offline_allow_list.sirius_dev_allow_list,
    )
    preproduction = concat(
      local.offline_allow_list.mr_lpa_preproduction,
      local.offline_allow_list.sirius_pre_allow_list,
    )
    production = concat(
      local.offline_allow_list.mr_lpa_production,
      local.offline_allow_list.sirius_prod_allow_list,
    )
  }
  ip_restrictions_enabled = contains(["preproduction", "production"], var.environment.account_name)
}
