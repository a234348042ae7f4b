# A module with its own provider block (the legacy form), whose region is
# an attribute of an object input.

variable "settings" {
  type = object({ region = string, name = string })
}

provider "aws" {
  region                      = var.settings.region
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_sqs_queue" "edge" {
  name = var.settings.name
}
