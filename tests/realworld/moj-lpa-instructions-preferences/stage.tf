locals {
  certificate_arn = local.branch_build_flag ? data.aws_acm_certificate.environment_cert[0].arn : aws_acm_certificate.environment_cert[0].arn
  certificate     = local.branch_build_flag ? data.aws_acm_certificate.environment_cert[0] : aws_acm_certificate.environment_cert[0]
}

resource "aws_api_gateway_method_settings" "global_gateway_settings" {
  rest_api_id = aws_api_gateway_rest_api.lpa_iap.id
  //Modify here for new version
  stage_name  = module.deploy_v1.stage.stage_name
  method_path = "*/*"

  settings {
    metrics_enabled = true
    logging_level   = "INFO"
  }
}

resource "aws_api_gateway_domain_name" "lpa_iap" {
  domain_name              = trimsuffix(local.a_record, ".")
  regional_certificate_arn = local.certificate_arn
  security_policy          = "TLS_1_2" # offline: upstream "SecurityPolicy_TLS13_1_2_PFS_PQ_2025_09" (an enhanced policy of 2025), which 5.100.0 refuses; TLS_1_2 is the nearest it accepts
  # offline: endpoint_access_mode = "BASIC" removed (provider 6 argument, not in 5.100.0; BASIC is the API default)

  depends_on = [local.certificate]
  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

module "deploy_v1" {
  source          = "./modules/stage"
  account_name    = local.account.name
  api_name        = local.api_name
  openapi_version = "v1"
  region_name     = data.aws_region.region.name # offline: .region (provider 6) -> .name (5.100.0), the same value
  rest_api        = aws_api_gateway_rest_api.lpa_iap
  lambda          = module.request_handler_lamdba.lambda
  logs_kms_key    = local.offline_kms_key_lpa_iap_logs # offline: data.aws_kms_key -> local (kms.tf)
  image_tag       = var.image_tag

  depends_on = [
    aws_api_gateway_domain_name.lpa_iap,
  ]
}

//Modify here for new version
resource "aws_api_gateway_base_path_mapping" "mapping_v1" {
  api_id      = aws_api_gateway_rest_api.lpa_iap.id
  stage_name  = module.deploy_v1.stage.stage_name
  domain_name = aws_api_gateway_domain_name.lpa_iap.domain_name
  base_path   = module.deploy_v1.stage.stage_name
}
