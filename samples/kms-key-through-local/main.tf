# A KMS key named through a local value. Plan JSON does not describe
# locals: plangraph once left aws_secretsmanager_secret.through_local out
# of kms-key-per-region silently, and the wrong-region key it names
# (eu-west-2's, for a secret in eu-west-3) went unseen. Read from this
# file's text, or with --tf-graph tf-graph-plan.dot (`terraform graph
# -type=plan`), the local names aws_kms_key.london, and the secret fails,
# as the one that names the key directly does; with neither (--tf-dir
# naming a folder of no .tf files) it is unknown, saying which attribute
# and why. An SSM String parameter's key_id through the same local is no
# subject, and does not fail either way: SSM uses a key only for a
# SecureString.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  region                      = "eu-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "paris"
  region                      = "eu-west-3"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

variable "secrets_kms_key_arn" {
  type    = string
  default = ""
}

resource "aws_kms_key" "london" {}

resource "aws_kms_key" "paris" {
  provider = aws.paris
}

locals {
  # Bring your own key, or the one made here (as camunda's ECS reference
  # architecture writes it).
  london_key = var.secrets_kms_key_arn != "" ? var.secrets_kms_key_arn : aws_kms_key.london.arn
}

# The defect: a secret in eu-west-3 encrypted with eu-west-2's key.
resource "aws_secretsmanager_secret" "through_local" {
  provider   = aws.paris
  name       = "through-local"
  kms_key_id = local.london_key
}

# The same defect, written directly.
resource "aws_secretsmanager_secret" "direct" {
  provider   = aws.paris
  name       = "direct"
  kms_key_id = aws_kms_key.london.arn
}

# Right: eu-west-3's own key.
resource "aws_secretsmanager_secret" "own_key" {
  provider   = aws.paris
  name       = "own-key"
  kms_key_id = aws_kms_key.paris.arn
}

# A String parameter: its key_id is unused.
resource "aws_ssm_parameter" "plain" {
  provider = aws.paris
  name     = "/app/plain"
  type     = "String"
  value    = "not secret"
  key_id   = local.london_key
}
