locals { # offline: data "aws_ecr_repository" "lpa_iap_request_handler" { provider = aws.management, name = "integrations/lpa-iap-request-handler-lambda" } (ECR API) -> its URL and ARN (management account 311462405659, the provider's region)
  offline_ecr_lpa_iap_request_handler = { repository_url = "311462405659.dkr.ecr.eu-west-1.amazonaws.com/integrations/lpa-iap-request-handler-lambda", arn = "arn:aws:ecr:eu-west-1:311462405659:repository/integrations/lpa-iap-request-handler-lambda" }
}


//Modify here for new version
module "request_handler_lamdba" {
  source      = "./modules/lambda"
  lambda_name = "lpa-iap-request-handler-${local.environment}"
  environment_variables = {
    ENVIRONMENT  = local.environment
    VERSION      = "v1"
    LOGGER_LEVEL = "INFO"
  }
  image_uri         = "${local.offline_ecr_lpa_iap_request_handler.repository_url}:${var.image_tag}" # offline: data source -> local
  ecr_arn           = local.offline_ecr_lpa_iap_request_handler.arn # offline: data source -> local
  environment       = local.environment
  rest_api          = aws_api_gateway_rest_api.lpa_iap
  aws_subnet_ids    = []
  logs_kms_key      = local.offline_kms_key_lpa_iap_logs # offline: data.aws_kms_key -> local (kms.tf)
  retention_in_days = 365
}

locals { # offline: data "aws_ecr_repository" "lpa_iap_processor" { provider = aws.management, name = "integrations/lpa-iap-scan-processor-lambda" } (ECR API) -> likewise
  offline_ecr_lpa_iap_processor = { repository_url = "311462405659.dkr.ecr.eu-west-1.amazonaws.com/integrations/lpa-iap-scan-processor-lambda", arn = "arn:aws:ecr:eu-west-1:311462405659:repository/integrations/lpa-iap-scan-processor-lambda" }
}


module "processor_lamdba" {
  source      = "./modules/lambda"
  lambda_name = "lpa-iap-processor-${local.environment}"
  environment_variables = {
    ENVIRONMENT        = local.environment
    SIRIUS_URL         = var.use_mock_sirius ? "http://mock-sirius.lpa-iap-${local.environment}.ecs" : "http://api.${local.target_environment}.ecs"
    SESSION_DATA       = local.session_data
    TARGET_ENVIRONMENT = local.target_environment
    SECRET_PREFIX      = local.account.secret_prefix
    SIRIUS_URL_PART    = "/api/public/v1"
    LOGGER_LEVEL       = "INFO"
  }
  image_uri          = "${local.offline_ecr_lpa_iap_processor.repository_url}:${var.image_tag}" # offline: data source -> local
  ecr_arn            = local.offline_ecr_lpa_iap_request_handler.arn # offline: data source -> local (upstream names the request handler's repository here, unchanged)
  environment        = local.environment
  timeout            = 600
  memory             = 8192
  aws_subnet_ids     = local.offline_private_subnet_ids # offline: data.aws_subnets -> local (subnets.tf)
  security_group_ids = [local.offline_lambda_api_ingress_sg_id] # offline: data source -> local
  logs_kms_key       = local.offline_kms_key_lpa_iap_logs # offline: data.aws_kms_key -> local (kms.tf)
  retention_in_days  = 365
  ephemeral_storage  = 2048
}

# Needed for next lambda
locals { # offline: data "aws_security_group" "lambda_api_ingress" { filter { name = "tag:Name", values = ["integration-lambda-api-access-${local.target_environment}"] } } (EC2 API) -> a made-up id
  offline_lambda_api_ingress_sg_id = "sg-0b7d2e4f6a8c1e3d5"
}



