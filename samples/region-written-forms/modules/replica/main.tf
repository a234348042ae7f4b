# A replica module whose replication settings default their region.
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

variable "region" {
  type = string
}

variable "replication" {
  type = object({
    enabled = bool
    region  = optional(string, "us-west-2")
  })
}

locals {
  replica_region = try(var.replication.region, var.region)
}

provider "aws" {
  alias                       = "replica"
  region                      = local.replica_region
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

data "aws_region" "replica" {
  provider = aws.replica
}

resource "aws_sqs_queue" "replica" {
  provider = aws.replica
  name     = "orders-replica"
}
