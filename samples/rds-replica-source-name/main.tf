# same-region-references on read replicas that name their source by
# identifier. RDS looks a source named by identifier up in the replica's
# own region; only an ARN names a source of another region. The us-west-2
# replica that names aws_db_instance.orders.identifier cannot be created
# (DBInstanceNotFound at apply): it fails (it passed, and replica-per-region
# counted it). The us-west-2 replica that names the source's ARN, and the
# us-east-1 replica that names it by identifier, pass.
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

provider "aws" {
  alias                       = "dr"
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_db_instance" "orders" {
  identifier                  = "orders"
  engine                      = "postgres"
  instance_class              = "db.r6g.large"
  allocated_storage           = 20
  username                    = "orders"
  manage_master_user_password = true
  backup_retention_period     = 7
  skip_final_snapshot         = true
}

resource "aws_db_instance" "orders_dr_by_id" {
  provider            = aws.dr
  identifier          = "orders-dr-1"
  instance_class      = "db.r6g.large"
  replicate_source_db = aws_db_instance.orders.identifier
  skip_final_snapshot = true
}

resource "aws_db_instance" "orders_dr_by_arn" {
  provider            = aws.dr
  identifier          = "orders-dr-2"
  instance_class      = "db.r6g.large"
  replicate_source_db = aws_db_instance.orders.arn
  skip_final_snapshot = true
}

resource "aws_db_instance" "orders_local" {
  identifier          = "orders-read-1"
  instance_class      = "db.r6g.large"
  replicate_source_db = aws_db_instance.orders.identifier
  skip_final_snapshot = true
}
