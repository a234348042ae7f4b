# Known secrets in every place a plan keeps them, for the secrets test
# (tests/cli/secrets.sh greps every output format for each string that
# starts with "PGSECRET"): a sensitive variable (in the plan's variables and
# in the values it feeds), attributes the provider marks sensitive (a
# database password, a secret string, an SSM parameter), a value wrapped in
# sensitive(), a sensitive output, and existing resources from
# terraform.tfstate whose sensitive values are updated (before_sensitive and
# after_sensitive) or deleted (before_sensitive only). Plan it with
# scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  region                      = "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

variable "db_password" {
  type      = string
  sensitive = true
  default   = "PGSECRET-variable-db-password"
}

variable "api_token" {
  type      = string
  sensitive = true
  default   = "PGSECRET-variable-api-token"
}

resource "aws_db_instance" "orders" {
  identifier          = "orders"
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  allocated_storage   = 20
  username            = "app"
  password            = var.db_password
  skip_final_snapshot = true
}

resource "aws_secretsmanager_secret" "api" {
  name = "api-token"
}

resource "aws_secretsmanager_secret_version" "api" {
  secret_id     = aws_secretsmanager_secret.api.id
  secret_string = jsonencode({ token = var.api_token, literal = "PGSECRET-literal-in-json" })
}

# Existing in terraform.tfstate with the value PGSECRET-ssm-old-value; the
# plan updates it in place.
resource "aws_ssm_parameter" "signing_key" {
  name  = "/app/signing-key"
  type  = "SecureString"
  value = "PGSECRET-ssm-new-value"
}

# A String parameter that stores the region's name: the provider marks
# every parameter's value sensitive, but a region name is no secret, and
# the resources of us-east-1 keep their region.
resource "aws_ssm_parameter" "home_region" {
  name  = "/app/home-region"
  type  = "String"
  value = "us-east-1"
}

# A value that is not sensitive to the provider, made so by the function.
resource "aws_sns_topic" "alerts" {
  name = "alerts"
  tags = {
    Team    = "platform"
    Webhook = sensitive("PGSECRET-sensitive-function-tag")
  }
}

# A sensitive value inside a nested block and a count key.
resource "aws_ssm_parameter" "replica" {
  count = 2
  name  = "/app/replica-${count.index}"
  type  = "SecureString"
  value = "PGSECRET-counted-${count.index}"
}

output "connection" {
  value     = "postgres://app:${var.db_password}@${aws_db_instance.orders.address}"
  sensitive = true
}

output "plain" {
  value = aws_sns_topic.alerts.name
}
