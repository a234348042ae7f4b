# Provider regions written in forms that plan JSON records only as the
# names they read, and what plangraph makes of each (`plangraph stats`):
# - aws.dr: the other region than the one a data source read while
#   planning (data.aws_region.current.name, in the plan): us-west-2.
# - aws.archive: a local of a .tf.json file: eu-north-1.
# - aws.numbered: a map with number keys indexed by a number: eu-west-3.
# - aws.vault: a module output marked sensitive: unknown, the value never
#   shown.
# - aws.joined: a function of literals, which plan JSON records as {}:
#   ap-southeast-2.
# - aws.fallback: try() over a root variable's planned value, which
#   terraform has converted to its type (defaults in): the key is missing,
#   so the fallback, ap-south-1.
# - module.replica's provider: `try(var.replication.region, var.region)`
#   where the variable's type gives `region` an optional() default
#   (us-west-2), which plan JSON does not record. The caller's argument
#   lacks it, but that is no error try() catches: the text is unknown, and
#   the data source the module reads with that provider says us-west-2,
#   which decides it. (Taking the fallback, eu-west-1, was wrong: probe AE
#   D1.)
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

variable "regions" {
  type    = map(string)
  default = { primary = "us-east-1" }
}

variable "site" {
  type    = number
  default = 3
}

provider "aws" {
  region                      = "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

data "aws_region" "current" {}

locals {
  dr_region = data.aws_region.current.name == "us-east-1" ? "us-west-2" : "us-east-1"
  sites     = { 1 = "eu-west-1", 2 = "eu-west-2", 3 = "eu-west-3" }
}

provider "aws" {
  alias                       = "dr"
  region                      = local.dr_region
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "archive"
  region                      = local.archive_region
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "numbered"
  region                      = local.sites[var.site]
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "joined"
  region                      = join("-", ["ap", "southeast", "2"])
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "fallback"
  region                      = try(var.regions["dr"], "ap-south-1")
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

module "settings" {
  source = "./modules/settings"
}

provider "aws" {
  alias                       = "vault"
  region                      = module.settings.vault_region
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

module "replica" {
  source      = "./modules/replica"
  region      = "eu-west-1"
  replication = { enabled = true }
}

resource "aws_sqs_queue" "dr" {
  provider = aws.dr
  name     = "orders-dr"
}

resource "aws_sqs_queue" "archive" {
  provider = aws.archive
  name     = "orders-archive"
}

resource "aws_sqs_queue" "numbered" {
  provider = aws.numbered
  name     = "orders-site"
}

resource "aws_sqs_queue" "vault" {
  provider = aws.vault
  name     = "orders-vault"
}

resource "aws_sqs_queue" "joined" {
  provider = aws.joined
  name     = "orders-joined"
}

resource "aws_sqs_queue" "fallback" {
  provider = aws.fallback
  name     = "orders-fallback"
}
