# kms-key-per-region with --tf-graph, on a map of one key per region that
# holds a multi-region key and its replica:
#   table_keys = { "eu-west-1" = aws_kms_key.orders.arn,
#                  "eu-west-2" = aws_kms_replica_key.orders.arn }
# A global table takes table_keys["eu-west-1"] for itself and
# table_keys["eu-west-2"] for its replica. `terraform graph` prints a
# transitive reduction: the replica depends on its primary, so the local's
# edge to the primary is dropped, and the local seemed to read the replica
# key alone. The table failed "uses aws_kms_replica_key.orders from
# eu-west-2" although its configuration is right. An entry of the map may
# be any key of the kind behind the local's own: the table is unknown, as
# without the graph, saying its expression chooses between keys.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  region                      = "eu-west-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "dr"
  region                      = "eu-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_kms_key" "orders" {
  description  = "orders key"
  multi_region = true
}

resource "aws_kms_replica_key" "orders" {
  provider        = aws.dr
  primary_key_arn = aws_kms_key.orders.arn
}

locals {
  table_keys = {
    "eu-west-1" = aws_kms_key.orders.arn
    "eu-west-2" = aws_kms_replica_key.orders.arn
  }
}

resource "aws_dynamodb_table" "orders" {
  name             = "orders"
  billing_mode     = "PAY_PER_REQUEST"
  hash_key         = "pk"
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"
  attribute {
    name = "pk"
    type = "S"
  }
  server_side_encryption {
    enabled     = true
    kms_key_arn = local.table_keys["eu-west-1"]
  }
  replica {
    region_name = "eu-west-2"
    kms_key_arn = local.table_keys["eu-west-2"]
  }
}
