# Secret store for CloudFront header
resource "aws_secretsmanager_secret" "cf_api_header_secret_store" {
  name = var.cloudfront_api_secret_name
  description = "CloudFront secret"
}

# Secret value for CloudFront header
resource "aws_secretsmanager_secret_version" "cf_api_header_secret_value" {
  secret_id     = aws_secretsmanager_secret.cf_api_header_secret_store.id
  secret_string = local.offline_secret_random_value_hex # offline: was random_id.secret_random_value.hex
}

# Random value for CloudFront header
# offline: resource "random_id" "secret_random_value" { byte_length = var.unique_key_length }
# (hashicorp/random, not in the mirror) replaced by a literal of the length
# its hex would have (32 bytes, 64 hex digits)
locals {
  offline_secret_random_value_hex = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"
}

# Secret rotation
resource "aws_secretsmanager_secret_rotation" "cf_api_header_secret_store_rotation" {
  secret_id           = aws_secretsmanager_secret.cf_api_header_secret_store.id
  rotation_lambda_arn = aws_lambda_function.secret_rotation_lambda.arn

  rotation_rules {
    automatically_after_days = 30
  }
}