# A region is not inferred over a reference between a copy's
# configuration and its source's. The default provider sets no region
# (AWS_REGION gives it at run time; ENV holds the one this plan was made
# with); aws.dr is us-west-2 and makes a cross-region read replica of the
# primary database. The replica names the primary's security group, the
# defect: a DB instance takes security groups of its own region only.
# plangraph read that reference as the evidence that the default provider
# is in us-west-2 too, so the primary stack was "resolved" to the DR
# region, the DR topology fell to one region (skipped), and the defect
# was only assumed right. A second provider configuration that a replica
# and its source are made on is there to put them in two regions: the
# default provider's region is now unknown, and so are the replica's use
# of the security group and the DR topology, saying why.
# Plan it with scripts/regen-samples.
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

# The primary region from the environment (AWS_REGION), the DR region written.
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
# The defect: the DR replica names the primary's security group
resource "aws_db_instance" "replica" {
  provider               = aws.dr
  identifier             = "app-replica"
  instance_class         = "db.r6g.large"
  replicate_source_db    = aws_db_instance.primary.arn
  db_subnet_group_name   = aws_db_subnet_group.dr.name
  vpc_security_group_ids = [aws_security_group.primary.id]
  skip_final_snapshot    = true
}
