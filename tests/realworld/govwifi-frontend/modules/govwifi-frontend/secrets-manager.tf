# offline: the six data sources below are read at plan time (Secrets
# Manager DescribeSecret and GetSecretValue); they are commented out and
# locals stand for what the module reads of them: the two secrets' ARNs (a
# version's arn is its secret's) and the tools account id
locals {
  offline_secret_healthcheck_arn = "arn:aws:secretsmanager:${var.aws_region}:${var.aws_account_id}:secret:radius/healthcheck-AbCdEf"
  offline_secret_shared_key_arn  = "arn:aws:secretsmanager:${var.aws_region}:${var.aws_account_id}:secret:radius/shared-key-AbCdEf"
  offline_tools_account          = "210987654321"
}

# data "aws_secretsmanager_secret_version" "healthcheck" {
#   secret_id = data.aws_secretsmanager_secret.healthcheck.id
# }
#
# data "aws_secretsmanager_secret" "healthcheck" {
#   name = "radius/healthcheck"
# }
#
# data "aws_secretsmanager_secret_version" "shared_key" {
#   secret_id = data.aws_secretsmanager_secret.shared_key.id
# }
#
# data "aws_secretsmanager_secret" "shared_key" {
#   name = "radius/shared-key"
# }
#
# data "aws_secretsmanager_secret_version" "tools_account" {
#   secret_id = data.aws_secretsmanager_secret.tools_account.id
# }
#
# data "aws_secretsmanager_secret" "tools_account" {
#   name = "tools/AccountID"
# }

resource "aws_secretsmanager_secret" "frontend_ips" {
  name = lower("smoke_tests/radius_ips/${var.aws_region_name}")
}

resource "aws_secretsmanager_secret_version" "frontend_ips" {
  secret_id     = aws_secretsmanager_secret.frontend_ips.id
  secret_string = "${aws_eip.radius_eips[0].public_ip},${aws_eip.radius_eips[1].public_ip},${aws_eip.radius_eips[2].public_ip}"
}
