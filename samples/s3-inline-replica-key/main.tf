# Buckets made by a module of terraform-aws-modules/s3-bucket 2.x's shape:
# an inline replication_configuration block filled from a map input by
# `dynamic` blocks. Plan JSON gives the references of the whole input
# (the role, the destination bucket, the replica key) under the block's
# name, each as one of several objects. `orders` encrypts its replicas in
# eu-west-1 with the us-east-1 key of its source, which S3 cannot use
# there; `ledger` with the eu-west-1 key (right). kms-key-per-region left
# `orders` undecided ("its expression chooses between them"), although
# the only key the block names can only be its replica key: it now fails.
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
  region                      = "eu-west-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_kms_key" "source" {}

resource "aws_kms_key" "replica" {
  provider = aws.dr
}

resource "aws_iam_role" "replication" {
  name = "s3-replication"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "s3.amazonaws.com" } }]
  })
}

module "orders_dr" {
  source      = "./bucket"
  providers   = { aws = aws.dr }
  bucket      = "orders-dr-example"
  kms_key_arn = aws_kms_key.replica.arn
}

module "ledger_dr" {
  source      = "./bucket"
  providers   = { aws = aws.dr }
  bucket      = "ledger-dr-example"
  kms_key_arn = aws_kms_key.replica.arn
}

module "orders" {
  source      = "./bucket"
  bucket      = "orders-example"
  kms_key_arn = aws_kms_key.source.arn
  replication_configuration = {
    role = aws_iam_role.replication.arn
    rules = [{
      id          = "all"
      status      = "Enabled"
      destination = { bucket = module.orders_dr.arn, replica_kms_key_id = aws_kms_key.source.arn }
    }]
  }
}

module "ledger" {
  source      = "./bucket"
  bucket      = "ledger-example"
  kms_key_arn = aws_kms_key.source.arn
  replication_configuration = {
    role = aws_iam_role.replication.arn
    rules = [{
      id          = "all"
      status      = "Enabled"
      destination = { bucket = module.ledger_dr.arn, replica_kms_key_id = aws_kms_key.replica.arn }
    }]
  }
}
