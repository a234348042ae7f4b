# same-region-references on a database's regional plumbing in the DR
# region of an Aurora global database (us-east-1 primary, us-west-2
# secondary):
# - aws_db_proxy.dr reads the primary region's secret, and
#   aws_db_proxy_target.dr registers the primary cluster: both fail (a
#   proxy serves the databases of its VPC, and RDS and Secrets Manager
#   look both up in the proxy's region);
# - aws_db_proxy.dr_ok and its target use the DR region's secret and
#   cluster: pass;
# - aws_rds_cluster_endpoint.reporting lists the primary's instance as a
#   static member of the secondary's endpoint: fails; reporting_ok lists
#   the secondary's: passes;
# - aws_dms_replication_task.export runs on the primary region's
#   replication instance: fails.
# Each was no subject, or passed.
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

resource "aws_rds_global_cluster" "app" {
  global_cluster_identifier = "app-global"
  engine                    = "aurora-postgresql"
  engine_version            = "15.4"
}

resource "aws_rds_cluster" "primary" {
  cluster_identifier          = "app-primary"
  global_cluster_identifier   = aws_rds_global_cluster.app.id
  engine                      = "aurora-postgresql"
  engine_version              = "15.4"
  master_username             = "app"
  manage_master_user_password = true
  skip_final_snapshot         = true
}

resource "aws_rds_cluster_instance" "primary" {
  identifier         = "app-primary-0"
  cluster_identifier = aws_rds_cluster.primary.id
  engine             = "aurora-postgresql"
  engine_version     = "15.4"
  instance_class     = "db.r6g.large"
}

resource "aws_rds_cluster" "secondary" {
  provider                  = aws.dr
  cluster_identifier        = "app-secondary"
  global_cluster_identifier = aws_rds_global_cluster.app.id
  engine                    = "aurora-postgresql"
  engine_version            = "15.4"
  skip_final_snapshot       = true
  depends_on                = [aws_rds_cluster_instance.primary]
}

resource "aws_rds_cluster_instance" "secondary" {
  provider           = aws.dr
  identifier         = "app-secondary-0"
  cluster_identifier = aws_rds_cluster.secondary.id
  engine             = "aurora-postgresql"
  engine_version     = "15.4"
  instance_class     = "db.r6g.large"
}

resource "aws_secretsmanager_secret" "db" {
  name = "app-db"
}

resource "aws_secretsmanager_secret" "db_dr" {
  provider = aws.dr
  name     = "app-db"
}

resource "aws_subnet" "dr" {
  provider          = aws.dr
  count             = 2
  vpc_id            = "vpc-0d0000000000000a1"
  cidr_block        = cidrsubnet("10.1.0.0/16", 8, count.index)
  availability_zone = ["us-west-2a", "us-west-2b"][count.index]
}

resource "aws_iam_role" "proxy" {
  name = "app-proxy"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "rds.amazonaws.com" } }]
  })
}

resource "aws_db_proxy" "dr" {
  provider       = aws.dr
  name           = "app-dr"
  engine_family  = "POSTGRESQL"
  role_arn       = aws_iam_role.proxy.arn
  vpc_subnet_ids = aws_subnet.dr[*].id

  auth {
    auth_scheme = "SECRETS"
    iam_auth    = "DISABLED"
    secret_arn  = aws_secretsmanager_secret.db.arn
  }
}

resource "aws_db_proxy_default_target_group" "dr" {
  provider      = aws.dr
  db_proxy_name = aws_db_proxy.dr.name
}

resource "aws_db_proxy_target" "dr" {
  provider              = aws.dr
  db_proxy_name         = aws_db_proxy.dr.name
  target_group_name     = aws_db_proxy_default_target_group.dr.name
  db_cluster_identifier = aws_rds_cluster.primary.cluster_identifier
}

resource "aws_db_proxy" "dr_ok" {
  provider       = aws.dr
  name           = "app-dr-ok"
  engine_family  = "POSTGRESQL"
  role_arn       = aws_iam_role.proxy.arn
  vpc_subnet_ids = aws_subnet.dr[*].id

  auth {
    auth_scheme = "SECRETS"
    iam_auth    = "DISABLED"
    secret_arn  = aws_secretsmanager_secret.db_dr.arn
  }
}

resource "aws_db_proxy_default_target_group" "dr_ok" {
  provider      = aws.dr
  db_proxy_name = aws_db_proxy.dr_ok.name
}

resource "aws_db_proxy_target" "dr_ok" {
  provider              = aws.dr
  db_proxy_name         = aws_db_proxy.dr_ok.name
  target_group_name     = aws_db_proxy_default_target_group.dr_ok.name
  db_cluster_identifier = aws_rds_cluster.secondary.cluster_identifier
}

resource "aws_rds_cluster_endpoint" "reporting" {
  provider                    = aws.dr
  cluster_identifier          = aws_rds_cluster.secondary.id
  cluster_endpoint_identifier = "reporting"
  custom_endpoint_type        = "READER"
  static_members              = [aws_rds_cluster_instance.primary.id]
}

resource "aws_rds_cluster_endpoint" "reporting_ok" {
  provider                    = aws.dr
  cluster_identifier          = aws_rds_cluster.secondary.id
  cluster_endpoint_identifier = "reporting-ok"
  custom_endpoint_type        = "READER"
  static_members              = [aws_rds_cluster_instance.secondary.id]
}

resource "aws_dms_replication_instance" "primary" {
  replication_instance_id    = "dms-primary"
  replication_instance_class = "dms.r5.large"
  allocated_storage          = 50
}

resource "aws_dms_endpoint" "export" {
  provider      = aws.dr
  endpoint_id   = "export"
  endpoint_type = "target"
  engine_name   = "s3"

  s3_settings {
    bucket_name             = "app-export"
    service_access_role_arn = "arn:aws:iam::111122223333:role/dms-s3"
  }
}

resource "aws_dms_endpoint" "source" {
  provider                        = aws.dr
  endpoint_id                     = "source"
  endpoint_type                   = "source"
  engine_name                     = "aurora-postgresql"
  database_name                   = "app"
  secrets_manager_arn             = aws_secretsmanager_secret.db_dr.arn
  secrets_manager_access_role_arn = "arn:aws:iam::111122223333:role/dms-secrets"
}

resource "aws_dms_replication_task" "export" {
  provider                 = aws.dr
  replication_task_id      = "export"
  migration_type           = "full-load-and-cdc"
  replication_instance_arn = aws_dms_replication_instance.primary.replication_instance_arn
  source_endpoint_arn      = aws_dms_endpoint.source.endpoint_arn
  target_endpoint_arn      = aws_dms_endpoint.export.endpoint_arn
  table_mappings = jsonencode({
    rules = [{ "rule-type" = "selection", "rule-id" = "1", "rule-name" = "1",
    "object-locator" = { "schema-name" = "%", "table-name" = "%" }, "rule-action" = "include" }]
  })
}
