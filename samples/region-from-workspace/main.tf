# A provider whose region follows the workspace: terraform knows the
# workspace before it plans, but plan JSON does not record it, so the
# region is unknown. stats used to say "not known until apply", which
# points the reader the wrong way; it says the plan does not record it
# (and, reading this file, which expression of the workspace it is).
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  region                      = terraform.workspace == "dr" ? "us-west-2" : "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_sns_topic" "alerts" {
  name = "alerts"
}
