# An older module that configures its own provider, from a file in its
# folder.

provider "aws" {
  region                      = jsondecode(file("${path.module}/region.json")).region
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_sns_topic" "audit" {
  name = "ledger-audit"
}
