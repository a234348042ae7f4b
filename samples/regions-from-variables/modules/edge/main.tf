# A module that configures its own provider from an input variable (the
# older style): its region comes from the caller's argument.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws" }
  }
}

variable "region" { type = string }

provider "aws" {
  region                      = var.region
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_cloudfront_origin_access_identity" "edge" {
  comment = "edge in ${var.region}"
}
