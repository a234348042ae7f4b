# health-check-meaningful on Aurora cluster endpoints. An Aurora
# cluster's endpoint resolves to its instances' addresses; Route 53's
# checkers probe from the internet, so a check of a cluster whose
# instances are all private (publicly_accessible = false) is never
# healthy, and the PRIMARY it guards never answers (as
# ritikops' Aurora failover root has it). That one fails (it passed, while
# the same check of an aws_db_instance failed); the check of the
# reporting cluster, whose instance is public, passes.
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

resource "aws_rds_cluster" "orders" {
  cluster_identifier          = "orders"
  engine                      = "aurora-mysql"
  master_username             = "admin"
  manage_master_user_password = true
  skip_final_snapshot         = true
}

resource "aws_rds_cluster_instance" "orders" {
  identifier          = "orders-1"
  cluster_identifier  = aws_rds_cluster.orders.id
  instance_class      = "db.r6g.large"
  engine              = aws_rds_cluster.orders.engine
  publicly_accessible = false
}

resource "aws_route53_health_check" "orders" {
  type              = "TCP"
  fqdn              = aws_rds_cluster.orders.endpoint
  port              = 3306
  failure_threshold = 3
  request_interval  = 30
}

resource "aws_rds_cluster" "reporting" {
  cluster_identifier          = "reporting"
  engine                      = "aurora-mysql"
  master_username             = "admin"
  manage_master_user_password = true
  skip_final_snapshot         = true
}

resource "aws_rds_cluster_instance" "reporting" {
  identifier          = "reporting-1"
  cluster_identifier  = aws_rds_cluster.reporting.id
  instance_class      = "db.r6g.large"
  engine              = aws_rds_cluster.reporting.engine
  publicly_accessible = true
}

resource "aws_route53_health_check" "reporting" {
  type              = "TCP"
  fqdn              = aws_rds_cluster.reporting.endpoint
  port              = 3306
  failure_threshold = 3
  request_interval  = 30
}
