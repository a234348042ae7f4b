# A region is not inferred across an Aurora global database's members.
# The default provider sets no region (AWS_REGION; ENV holds the one this
# plan was made with); aws.dr is us-west-2. The secondary cluster joins
# the global cluster from aws.dr and names the primary's security group,
# the defect. plangraph read that reference as the evidence that the
# default provider is in us-west-2, so global-cluster-consistent failed
# ("aws_rds_cluster.primary and aws_rds_cluster.secondary share
# us-west-2"), a false alarm, while the defect itself was only assumed
# right. A member's configuration and the global cluster's are apart (two
# regions by design): the primary's region is now unknown, and so are
# global-cluster-consistent, the secondary's use of the security group
# and the DR topology.
# Plan it with scripts/regen-samples.

terraform {
  required_providers { aws = { source = "hashicorp/aws", version = "5.100.0" } }
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
resource "aws_rds_global_cluster" "g" {
  global_cluster_identifier = "app"
  engine                    = "aurora-postgresql"
  engine_version            = "15.4"
}
resource "aws_rds_cluster" "primary" {
  cluster_identifier        = "app-primary"
  global_cluster_identifier = aws_rds_global_cluster.g.id
  engine                    = aws_rds_global_cluster.g.engine
  engine_version            = aws_rds_global_cluster.g.engine_version
  master_username           = "app"
  manage_master_user_password = true
  db_subnet_group_name      = aws_db_subnet_group.primary.name
  vpc_security_group_ids    = [aws_security_group.primary.id]
  skip_final_snapshot       = true
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
# The defect: the DR secondary names the primary's security group
resource "aws_rds_cluster" "secondary" {
  provider                  = aws.dr
  cluster_identifier        = "app-secondary"
  global_cluster_identifier = aws_rds_global_cluster.g.id
  engine                    = aws_rds_global_cluster.g.engine
  engine_version            = aws_rds_global_cluster.g.engine_version
  db_subnet_group_name      = aws_db_subnet_group.dr.name
  vpc_security_group_ids    = [aws_security_group.primary.id]
  skip_final_snapshot       = true
  depends_on                = [aws_rds_cluster.primary]
}
