locals {
  environment = terraform.workspace
  account     = contains(keys(var.accounts), local.environment) ? var.accounts[local.environment] : var.accounts.development
  ephemeral   = contains(keys(var.accounts), local.environment) ? false : true
  a_record    = local.ephemeral ? "${local.environment}.${local.offline_environment_zone.name}" : local.offline_environment_zone.name # offline: was data.aws_route53_zone.environment_cert

  default_tags = {
    application            = "LPA-Codes"
    business-unit          = "OPG"
    environment-name       = local.environment
    infrastructure-support = "OPG WebOps: opgteam@digital.justice.gov.uk"
    is-production          = local.account.is_production
    owner                  = "OPG POAS"
    service-area           = "POAS"
    source-code            = "https://github.com/ministryofjustice/opg-data-lpa-codes"
  }

  api_name = "lpa-codes"

  api_template_vars = {
    region        = "eu-west-1"
    environment   = local.environment
    account_id    = local.account.account_id
    allowed_roles = join(", ", local.account.allowed_roles)
  }

  //Modify for new version of API
  latest_openapi_version = "v1"
  spec_name              = "aws.compiled"
  openapi_spec           = "${path.root}/lambda_functions/${local.latest_openapi_version}/openapi/${local.api_name}-openapi-${local.spec_name}.yml" # offline: upstream "../../lambda_functions/..." from terraform/environment; the file is copied to this folder
}

output "rest_arn" {
  value = aws_api_gateway_rest_api.lpa_codes.execution_arn
}
