# A value the plan marks sensitive that is also part of a path plangraph
# prints. The AWS provider marks every aws_ssm_parameter's value
# sensitive, a plain String too; AWS Control Tower Account Factory keeps
# names such as "aft-account-request" there, which are also its modules'
# folders. The output guard found the value inside the printed location
# (modules/orders-api/main.tf:10) and refused every report with -v, JSON
# or SARIF (exit 2). A block's .tf file and a node's address are no value
# of the plan: every byte comes from the file system or the plan's
# structure, so a secret inside them shows nothing the plan keeps secret.
# The guard still refuses the value anywhere else
# (tests/cli/secret_in_path.sh).
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

resource "aws_ssm_parameter" "service_name" {
  name  = "/config/service-name"
  type  = "String"
  value = "orders-api"
}

module "orders_api" {
  source = "./modules/orders-api"
}
