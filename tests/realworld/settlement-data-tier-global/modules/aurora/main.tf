// Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
// SPDX-License-Identifier: MIT-0

provider "aws" {

  alias = "primary"
  region = var.AWS_PRIMARY_REGION

  # offline: mock credentials and skip_* flags (plangraph plans without AWS)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {

  alias  = "secondary"
  region = var.AWS_SECONDARY_REGION

  # offline: mock credentials and skip_* flags (plangraph plans without AWS)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

# offline: resource "random_string" "username" (8 letters) and
# resource "random_password" "password" (12 letters and digits) removed
# (hashicorp/random is not in the provider mirror); their results are the
# literals in local.username_value and local.password_value below

locals {
  dbname = replace("${var.APP}${var.COMPONENT}", "-", "")
  username_value = "OfflnUsr" # offline: was random_string.username.result
  password_value = "Offl1nePassw" # offline: was random_password.password.result
}

# offline: data "aws_secretsmanager_secret" / "aws_secretsmanager_secret_version"
# "aurora_primary-sg-secret" and "aurora_secondary-sg-secret" (secrets
# "${var.APP}-<region>-aurora-sg" holding a security group id, written by
# the regional roots) become these literals
locals {
  aurora_primary_sg_id   = "sg-0a1b2c3d4e5f00001" # offline: was data.aws_secretsmanager_secret_version.aurora_primary-sg-secret-version.secret_string
  aurora_secondary_sg_id = "sg-0f1e2d3c4b5a00002" # offline: was data.aws_secretsmanager_secret_version.aurora_secondary-sg-secret-version.secret_string
}

resource "aws_kms_key" "primary_key" {

  provider            = aws.primary
  enable_key_rotation = true

  description = "${var.APP}-${var.COMPONENT}-primary-rds-cluster-kms-key"
}

resource "aws_kms_alias" "primary_key_alias" {

  provider = aws.primary

  name          = "alias/${var.APP}-${var.COMPONENT}-primary-rds-cluster-kms-key"
  target_key_id = aws_kms_key.primary_key.key_id
}

resource "aws_kms_key" "secondary_key" {

  provider            = aws.secondary
  enable_key_rotation = true

  description = "${var.APP}-${var.COMPONENT}-secondary-rds-cluster-kms-key"
}

resource "aws_kms_alias" "secondary_key_alias" {

  provider = aws.secondary

  name          = "alias/${var.APP}-${var.COMPONENT}-secondary-rds-cluster-kms-key"
  target_key_id = aws_kms_key.secondary_key.key_id
}

resource "aws_rds_cluster_parameter_group" "primary_parameter_group" {

  provider = aws.primary

  name = "${var.APP}-${var.COMPONENT}-primary-rds-parameter-group"
  family      = "aurora-postgresql11"
  description = "${var.APP}-${var.COMPONENT}-primary-rds-parameter-group"

  parameter {
    name="log_statement"
    value="all"
  }

  parameter {
    name="log_min_duration_statement"
    value="1"
  }
}

resource "aws_rds_cluster_parameter_group" "secondary_parameter_group" {

  provider = aws.secondary

  name = "${var.APP}-${var.COMPONENT}-secondary-rds-parameter-group"
  family      = "aurora-postgresql11"
  description = "${var.APP}-${var.COMPONENT}-secondary-rds-parameter-group"

  parameter {
    name="log_statement"
    value="all"
  }

  parameter {
    name="log_min_duration_statement"
    value="1"
  }
}

resource "aws_rds_global_cluster" "global-cluster" {

  global_cluster_identifier = "${var.APP}-${var.COMPONENT}-global-cluster"
  engine                    = var.DB_ENGINE
  engine_version            = var.DB_ENGINE_VERSION
  database_name             = local.dbname
  storage_encrypted         = true
  force_destroy             = true
}

resource "aws_rds_cluster" "primary" {

  provider                  = aws.primary
  engine                    = aws_rds_global_cluster.global-cluster.engine
  engine_version            = aws_rds_global_cluster.global-cluster.engine_version
  cluster_identifier        = "${var.APP}-${var.COMPONENT}-primary-cluster"
  master_username           = local.username_value
  master_password           = local.password_value
  database_name             = local.dbname
  global_cluster_identifier = aws_rds_global_cluster.global-cluster.id
  db_subnet_group_name      = "${var.APP}-${var.AWS_PRIMARY_REGION}-db-subnet-group"
  storage_encrypted         = true
  kms_key_id                = aws_kms_key.primary_key.arn
  skip_final_snapshot       = true
  vpc_security_group_ids    = [local.aurora_primary_sg_id] # offline: see locals above
  iam_database_authentication_enabled = true
  deletion_protection       = true
  db_cluster_parameter_group_name = aws_rds_cluster_parameter_group.primary_parameter_group.name

  depends_on = [aws_rds_cluster_parameter_group.primary_parameter_group]
  #checkov:skip=CKV2_AWS_8: "Ensure RDS clusters have an AWS Backup backup plan"

  tags = {
    Industry = "GFS"
    Program = "AppRotation"
    Application = var.APP
    Component   = var.COMPONENT
    Environment = var.ENV
  }
}

resource "aws_rds_cluster_instance" "primary" {

  provider                    = aws.primary
  engine                      = aws_rds_global_cluster.global-cluster.engine
  engine_version              = aws_rds_global_cluster.global-cluster.engine_version
  identifier                  = "${var.APP}-${var.COMPONENT}-primary-cluster-instance"
  cluster_identifier          = aws_rds_cluster.primary.id
  instance_class              = var.DB_INSTANCE_CLASS
  db_subnet_group_name        = "${var.APP}-${var.AWS_PRIMARY_REGION}-db-subnet-group"
  publicly_accessible         = false
  auto_minor_version_upgrade  = true
  monitoring_interval         = 5
  monitoring_role_arn         = aws_iam_role.monitoring_iam.arn

  tags = {
    Industry = "GFS"
    Program = "AppRotation"
    Application = var.APP
    Component   = var.COMPONENT
    Environment = var.ENV
  }
}

resource "aws_rds_cluster" "secondary" {

  provider                  = aws.secondary
  engine                    = aws_rds_global_cluster.global-cluster.engine
  engine_version            = aws_rds_global_cluster.global-cluster.engine_version
  cluster_identifier        = "${var.APP}-${var.COMPONENT}-secondary-cluster"
  global_cluster_identifier = aws_rds_global_cluster.global-cluster.id
  db_subnet_group_name      = "${var.APP}-${var.AWS_SECONDARY_REGION}-db-subnet-group"
  storage_encrypted         = true
  kms_key_id                = aws_kms_key.secondary_key.arn
  skip_final_snapshot       = true
  vpc_security_group_ids    = [local.aurora_secondary_sg_id] # offline: see locals above
  iam_database_authentication_enabled = true
  deletion_protection = true
  db_cluster_parameter_group_name = aws_rds_cluster_parameter_group.secondary_parameter_group.name

  depends_on = [
    aws_rds_cluster_instance.primary,
    aws_rds_cluster_parameter_group.secondary_parameter_group
  ]
  #checkov:skip=CKV2_AWS_8: "Ensure RDS clusters have an AWS Backup backup plan"

  tags = {
    Industry = "GFS"
    Program = "AppRotation"
    Application = var.APP
    Component   = var.COMPONENT
    Environment = var.ENV
  }
}

resource "aws_rds_cluster_instance" "secondary" {

  provider                    = aws.secondary
  engine                      = aws_rds_global_cluster.global-cluster.engine
  engine_version              = aws_rds_global_cluster.global-cluster.engine_version
  identifier                  = "${var.APP}-${var.COMPONENT}-secondary-cluster-instance"
  cluster_identifier          = aws_rds_cluster.secondary.id
  instance_class              = var.DB_INSTANCE_CLASS
  db_subnet_group_name        = "${var.APP}-${var.AWS_SECONDARY_REGION}-db-subnet-group"
  publicly_accessible         = false
  auto_minor_version_upgrade  = true
  monitoring_interval         = 5
  monitoring_role_arn         = aws_iam_role.monitoring_iam.arn

  tags = {
    Industry = "GFS"
    Program = "AppRotation"
    Application = var.APP
    Component   = var.COMPONENT
    Environment = var.ENV
  }
}

locals  {
  DatabaseCredentials = {
    username  = local.username_value
    password  = local.password_value
    engine    = var.DB_ENGINE
    host      = aws_rds_cluster.primary.endpoint
    port      = 5432
    dbname    = local.dbname
    dbClusterIdentifier = aws_rds_cluster.primary.id
  }
}

module "secret" {

  source                = "../secret"

  NAME                  = "${var.APP}-${var.COMPONENT}-database"
  VALUE                 = jsonencode(local.DatabaseCredentials)
  AWS_BACKUP_REGION     = var.AWS_SECONDARY_REGION
}

module "database-cluster-secret" {

  source                = "../secret"

  NAME                  = "${var.APP}-${var.COMPONENT}-database-cluster"
  VALUE                 = aws_rds_global_cluster.global-cluster.id
  AWS_BACKUP_REGION     = var.AWS_SECONDARY_REGION
}

module "primary-database-backup" {

  source                = "../backup"

  AWS_REGION            = var.AWS_PRIMARY_REGION

  NAME                  = "${var.APP}-${var.COMPONENT}-p-db"
  RESOURCE_ARN          = aws_rds_cluster.primary.arn
}

module "secondary-database-backup" {

  source                = "../backup"

  AWS_REGION            = var.AWS_SECONDARY_REGION
  NAME                  = "${var.APP}-${var.COMPONENT}-s-db"
  RESOURCE_ARN          = aws_rds_cluster.secondary.arn
}

