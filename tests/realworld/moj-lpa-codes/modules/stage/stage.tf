resource "aws_api_gateway_stage" "currentstage" {
  stage_name           = var.openapi_version
  depends_on           = [aws_cloudwatch_log_group.lpa_codes]
  rest_api_id          = var.rest_api.id
  deployment_id        = aws_api_gateway_deployment.deploy.id
  xray_tracing_enabled = true
  variables = {
    lpa_codes_function_name : var.lpa_codes_lambda.function_name
  }

  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.lpa_codes.arn
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

resource "aws_cloudwatch_log_group" "lpa_codes" {
  name              = "API-Gateway-Execution-Logs-${var.rest_api.name}-${var.openapi_version}"
  retention_in_days = 30
}

locals { # offline: data "aws_wafv2_web_acl" "integrations" { name = "integrations-${var.account_name}-${var.region_name}-web-acl", scope = "REGIONAL" } (default provider) made
  # the ARN it returns: region and name from the same inputs, the production account (the module is not told the account id), a made-up id
  offline_integrations_web_acl_arn = "arn:aws:wafv2:${var.region_name}:649098267436:regional/webacl/integrations-${var.account_name}-${var.region_name}-web-acl/3f6b2a1c-8d4e-4b7a-9c2d-1e5f6a7b8c9d"
}

resource "aws_wafv2_web_acl_association" "api_gateway_stage" {
  resource_arn = aws_api_gateway_stage.currentstage.arn
  web_acl_arn  = local.offline_integrations_web_acl_arn # offline: was data.aws_wafv2_web_acl.integrations.arn
}
