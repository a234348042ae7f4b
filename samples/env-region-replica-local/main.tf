# A read replica whose source is a local value sets its configuration
# apart. The default provider sets no region (AWS_REGION; ENV holds the
# one this plan was made with); aws.dr is us-west-2 and makes a read
# replica whose replicate_source_db reads a local (plan JSON describes no
# locals), and which names the primary's security group, the defect.
# samples/env-region-replica sets the two configurations apart over the
# replicate_source_db edge; here there is none, and plangraph inferred
# us-west-2 for the default provider over the security group reference
# again. A copy whose source the plan cannot name keeps its configuration
# apart from every other: the primary's region is unknown.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
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
resource "aws_vpc" "primary" { cidr_block = "10.0.0.0/16" }
resource "aws_subnet" "primary" {
  vpc_id     = aws_vpc.primary.id
  cidr_block = "10.0.1.0/24"
}
resource "aws_subnet" "primary_b" {
  vpc_id     = aws_vpc.primary.id
  cidr_block = "10.0.2.0/24"
}
resource "aws_security_group" "primary" {
  vpc_id = aws_vpc.primary.id
  name   = "db-primary"
}
resource "aws_db_subnet_group" "primary" {
  name       = "primary"
  subnet_ids = [aws_subnet.primary.id, aws_subnet.primary_b.id]
}
resource "aws_db_instance" "primary" {
  identifier             = "app-primary"
  engine                 = "postgres"
  instance_class         = "db.r6g.large"
  allocated_storage      = 20
  username               = "app"
  manage_master_user_password = true
  db_subnet_group_name   = aws_db_subnet_group.primary.name
  vpc_security_group_ids = [aws_security_group.primary.id]
  backup_retention_period = 7
  skip_final_snapshot    = true
}
resource "aws_vpc" "dr" {
  provider   = aws.dr
  cidr_block = "10.1.0.0/16"
}
resource "aws_subnet" "dr" {
  provider   = aws.dr
  vpc_id     = aws_vpc.dr.id
  cidr_block = "10.1.1.0/24"
}
resource "aws_subnet" "dr_b" {
  provider   = aws.dr
  vpc_id     = aws_vpc.dr.id
  cidr_block = "10.1.2.0/24"
}
resource "aws_db_subnet_group" "dr" {
  provider   = aws.dr
  name       = "dr"
  subnet_ids = [aws_subnet.dr.id, aws_subnet.dr_b.id]
}
locals {
  source_arn = aws_db_instance.primary.arn
}
resource "aws_db_instance" "replica" {
  provider               = aws.dr
  identifier             = "app-replica"
  instance_class         = "db.r6g.large"
  replicate_source_db    = local.source_arn
  db_subnet_group_name   = aws_db_subnet_group.dr.name
  vpc_security_group_ids = [aws_security_group.primary.id]
  skip_final_snapshot    = true
}
