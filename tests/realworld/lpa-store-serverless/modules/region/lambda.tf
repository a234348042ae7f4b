locals {
  # we could make maps of these functions to associate a specific iam role to specific functions
  functions = toset([
    "create",
    "get",
    "getlist",
    "getstatic",
    "getupdates",
    "update",
  ])
}

module "lambda" {
  for_each = local.functions
  source   = "../lambda" # offline: was "../../modules/lambda"

  environment_name      = var.environment_name
  lambda_name           = each.key
  ecr_image_uri         = "${local.offline_ecr_repository_urls[each.key]}:${var.app_version}"
  cloudwatch_kms_key_id = aws_kms_key.cloudwatch.arn
  subnet_ids            = local.offline_application_subnet_ids_here
  vpc_id                = local.offline_vpc_id

  environment_variables = {
    DDB_TABLE_NAME_DEEDS    = var.dynamodb_name
    DDB_TABLE_NAME_CHANGES  = var.dynamodb_name_changes
    EVENT_BUS_NAME          = var.event_bus.name
    S3_BUCKET_NAME_ORIGINAL = var.lpa_store_static_bucket.bucket
    JWT_SECRET_KEY_ARN      = local.offline_jwt_secret_key_arn
    ENVIRONMENT             = var.environment_name
  }

  providers = {
    aws = aws.region
  }
}

# offline: data "aws_ecr_repository" "lambda" (for_each = local.functions, name =
# "lpa-store/lambda/api-${each.key}", provider aws.management, ECR at plan time) -> the
# repository URLs it returns (management account 311462405659, the module's region)
locals {
  offline_ecr_repository_urls = {
    for f in local.functions : f => "311462405659.dkr.ecr.${data.aws_region.current.name}.amazonaws.com/lpa-store/lambda/api-${f}"
  }
}
