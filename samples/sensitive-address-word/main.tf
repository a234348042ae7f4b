# A sensitive value that is also a word of an address: the database's user
# name comes from a sensitive variable and is "postgres", and the
# database is aws_db_instance.postgres. An address is configuration, which
# terraform prints in every plan, never a value: plangraph reports on the
# database (before, it refused to write any output at all, since the
# report would "contain" the secret). The password stays guarded: it
# appears nowhere.
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

variable "db_username" {
  type      = string
  default   = "postgres"
  sensitive = true
}

variable "db_password" {
  type      = string
  default   = "correct-horse-battery-staple"
  sensitive = true
}

resource "aws_db_instance" "postgres" {
  identifier          = "orders-db"
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  allocated_storage   = 20
  username            = var.db_username
  password            = var.db_password
  skip_final_snapshot = true
}
