# Provider regions picked from a list of region objects with one() over a
# filtering `for` (the idiomatic "the DR region" of a list), from a map
# with values(), and built with format():
#   region = one([for r in var.regions : r.name if r.role == "dr"])
#   region = values(var.archive)[0]
#   region = format("%s-%d", var.geo, 2)
# plangraph did not evaluate these functions: the regions were unknown,
# and with them the cross-region read replica (replica-per-region) and the
# DR topology, which hid the missing alarms. They are eu-west-1,
# eu-central-1 and eu-west-2: the replica and its key pass, and the DR
# topology's missing alarms fail, as they should.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

variable "regions" {
  default = [
    { name = "eu-west-1", role = "primary" },
    { name = "eu-central-1", role = "dr" },
  ]
}

variable "archive" {
  default = { logs = "eu-west-2" }
}

variable "geo" {
  default = "eu-west"
}

provider "aws" {
  region                      = one([for r in var.regions : r.name if r.role == "primary"])
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "dr"
  region                      = one([for r in var.regions : r.name if r.role == "dr"])
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "archive"
  region                      = values(var.archive)[0]
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "formatted"
  region                      = format("%s-%d", var.geo, 2)
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_kms_key" "primary" {}

resource "aws_kms_key" "dr" {
  provider = aws.dr
}

resource "aws_db_instance" "primary" {
  identifier                  = "orders"
  engine                      = "postgres"
  instance_class              = "db.r6g.large"
  allocated_storage           = 100
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  kms_key_id                  = aws_kms_key.primary.arn
  backup_retention_period     = 7
  skip_final_snapshot         = true
}

resource "aws_db_instance" "replica" {
  provider            = aws.dr
  identifier          = "orders-dr"
  instance_class      = "db.r6g.large"
  replicate_source_db = aws_db_instance.primary.arn
  storage_encrypted   = true
  kms_key_id          = aws_kms_key.dr.arn
  skip_final_snapshot = true
}

resource "aws_s3_bucket" "archive" {
  provider = aws.archive
  bucket   = "orders-archive-example"
}

resource "aws_s3_bucket" "formatted" {
  provider = aws.formatted
  bucket   = "orders-exports-example"
}
