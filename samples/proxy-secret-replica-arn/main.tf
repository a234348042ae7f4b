# same-region-references on an RDS Proxy in the DR region whose secret is
# the regional replica of the primary's secret, named by an ARN a local
# composes from the primary secret's name (gufranco/aws-multiregion-stack
# looks the replica up by that name):
# - aws_db_proxy.dr (eu-west-1) names the replica's ARN, known at plan and
#   of eu-west-1: passes, although its value is made from the us-east-1
#   secret's name (the terraform graph links the two);
# - aws_db_proxy.dr_primary_secret (eu-west-1) names the us-east-1
#   secret's ARN: fails (RDS Proxy reads a secret of its own region).
# Plan it with scripts/regen-samples.

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

provider "aws" {
  alias                       = "dr"
  region                      = "eu-west-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_secretsmanager_secret" "master" {
  name = "aurora/master"

  replica {
    region = "eu-west-1"
  }
}

locals {
  # The replica keeps the primary's name, in its own region.
  dr_secret_arn = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:${aws_secretsmanager_secret.master.name}-AbCdEf"
}

resource "aws_db_proxy" "dr" {
  provider       = aws.dr
  name           = "orders-dr"
  engine_family  = "POSTGRESQL"
  role_arn       = "arn:aws:iam::123456789012:role/rds-proxy"
  vpc_subnet_ids = ["subnet-0a1b2c3d4e5f60718", "subnet-0a1b2c3d4e5f60719"]

  auth {
    auth_scheme = "SECRETS"
    secret_arn  = local.dr_secret_arn
  }
}

resource "aws_db_proxy" "dr_primary_secret" {
  provider       = aws.dr
  name           = "orders-dr-wrong"
  engine_family  = "POSTGRESQL"
  role_arn       = "arn:aws:iam::123456789012:role/rds-proxy"
  vpc_subnet_ids = ["subnet-0a1b2c3d4e5f60718", "subnet-0a1b2c3d4e5f60719"]

  auth {
    auth_scheme = "SECRETS"
    secret_arn  = aws_secretsmanager_secret.master.arn
  }
}
