module "lamdba_lpa_codes_v1" {
  source               = "./modules/lambda"
  environment          = local.environment
  aws_subnet_ids       = local.offline_private_subnet_ids # offline: was data.aws_subnet.private[*].id
  lambda_prefix        = "lpa-codes"
  logger_level         = "INFO"
  openapi_version      = "v1"
  rest_api             = aws_api_gateway_rest_api.lpa_codes
  account              = local.account
  dynamodb_table       = aws_dynamodb_table.lpa_codes
  codes_dynamodb_table = aws_dynamodb_table.data_lpa_codes
  image_uri            = "${local.offline_ecr_repository.repository_url}:${var.image_tag}" # offline: was data.aws_ecr_repository.lpa_codes
  ecr_arn              = local.offline_ecr_repository.arn # offline: was data.aws_ecr_repository.lpa_codes
}

locals { # offline: data "aws_ecr_repository" "lpa_codes" { provider = aws.management (eu-west-1, account 311462405659), name = "integrations/lpa-codes-lambda" } made what it returns
  offline_ecr_repository = { repository_url = "311462405659.dkr.ecr.eu-west-1.amazonaws.com/integrations/lpa-codes-lambda", arn = "arn:aws:ecr:eu-west-1:311462405659:repository/integrations/lpa-codes-lambda" }
}

