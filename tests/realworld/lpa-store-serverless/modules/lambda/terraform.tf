terraform {
  required_version = ">= 1.4.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.0"
    }
  }
}

data "aws_region" "current" {}

# offline: data "aws_caller_identity" "current" (STS at plan time) -> the development account
# (terraform.tfvars.json, environment "development")
locals {
  offline_caller_account_id = "493907465011"
}
