locals {
  certificate_arn = local.ephemeral ? data.aws_acm_certificate.environment_cert[0].arn : aws_acm_certificate.environment_cert[0].arn
}

resource "aws_api_gateway_method_settings" "global_gateway_settings" {
  rest_api_id = aws_api_gateway_rest_api.lpa_codes.id
  stage_name  = module.deploy_v1.stage.stage_name
  method_path = "*/*"

  settings {
    metrics_enabled = true
    logging_level   = "INFO"
  }

}

resource "aws_api_gateway_domain_name" "lpa_codes" {
  domain_name              = trimsuffix(local.a_record, ".")
  regional_certificate_arn = local.certificate_arn
  security_policy          = "TLS_1_2" # offline: upstream "SecurityPolicy_TLS13_1_2_PFS_PQ_2025_09" (an enhanced policy provider 6.x accepts; 5.100.0 allows only TLS_1_0 and TLS_1_2)
  # offline: endpoint_access_mode = "BASIC" removed (an argument of provider 6.x; 5.100.0 has none; BASIC is API Gateway's default)

  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

module "deploy_v1" {
  source = "./modules/stage"

  account_name                   = local.account.account_mapping
  lpa_codes_lambda               = module.lamdba_lpa_codes_v1.lambda
  image_tag                      = var.image_tag
  openapi_version                = "v1"
  region_name                    = data.aws_region.region.name # offline: upstream .region (provider 6.x's name of the same value)
  rest_api                       = aws_api_gateway_rest_api.lpa_codes
  content_api_sha                = local.open_api_sha
  content_api_gateway_policy_sha = local.rest_api_policy_sha
}

//To Add New Version Copy and Paste Above and Modify Accordingly
//Below takes the latest stage/deployment. Modify for new version.

resource "aws_api_gateway_base_path_mapping" "mapping" {
  api_id      = aws_api_gateway_rest_api.lpa_codes.id
  stage_name  = module.deploy_v1.stage.stage_name
  domain_name = aws_api_gateway_domain_name.lpa_codes.domain_name
  base_path   = module.deploy_v1.stage.stage_name
}

