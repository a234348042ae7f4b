# dr-components-per-region where the primary database is in another
# state: the DR root makes a read replica in us-west-2 of a database it
# names by ARN (arn:aws:rds:us-east-1:...), and an application server in
# each region. The source is a database of us-east-1, though not of this
# plan: us-east-1 holds a database tier, and passes like us-west-2.
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

variable "primary_db_arn" {
  type    = string
  default = "arn:aws:rds:us-east-1:123456789012:db:orders-primary"
}

resource "aws_instance" "app" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.medium"
}

resource "aws_instance" "app_dr" {
  provider      = aws.dr
  ami           = "ami-0fedcba9876543210"
  instance_type = "t3.medium"
}

resource "aws_db_instance" "replica" {
  provider            = aws.dr
  identifier          = "orders-replica"
  replicate_source_db = var.primary_db_arn
  instance_class      = "db.r6g.large"
  skip_final_snapshot = true
}
