data "aws_region" "current" {}

data "aws_default_tags" "current" {}

# offline: data "aws_secretsmanager_secret" "opg_metrics_api_key" (name
# "opg-metrics-api-key/lpa-uid-<account>", provider aws.shared) and its
# data "aws_secretsmanager_secret_version" (AWSCURRENT) -> a placeholder string
locals {
  offline_opg_metrics_api_key = "offline-placeholder-api-key"
}
