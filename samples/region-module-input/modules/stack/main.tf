# A legacy module with its own provider block (see the root's main.tf).
variable "name" {
  type = string
}

variable "region" {
  type = string
}

provider "aws" {
  region                      = var.region
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_sqs_queue" "this" {
  name = var.name
}
