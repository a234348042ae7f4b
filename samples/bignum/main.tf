# Numbers beyond 64-bit integers and beyond double, as terraform writes them
# (arbitrary precision, plain digits: 1e400 is 401 digits), in configuration
# (a variable default, a literal), in variables and in planned values only
# (through a local), next to a sensitive() value whose unmarked copy must
# stay masked. plangraph once refused this plan ("too big integer") and,
# with the numbers only in values, lost the secret and explain's values.
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

variable "big_var" {
  type    = number
  default = 98765432109876543210987654321
}

locals {
  huge   = 123456789012345678901234567890
  beyond = 1e400
}

resource "terraform_data" "d" {
  input = {
    huge   = local.huge
    beyond = local.beyond
    neg    = -1.5e330
    var    = var.big_var
    name   = "visible"
    token  = sensitive("PGSECRET-in-terraform-data")
  }
}

# Differs from terraform_data.d's huge in the last digit only: as doubles
# the two are equal.
resource "terraform_data" "c" {
  input = { direct = 123456789012345678901234567891, beyond = 2e400 }
}

resource "aws_sns_topic" "copy" {
  name = "copy"
  tags = { Note = nonsensitive(terraform_data.d.input.token) }
}
