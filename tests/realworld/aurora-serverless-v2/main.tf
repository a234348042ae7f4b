provider "aws" {
  region = local.region

  # offline: mock keys and skip_* flags (planned with no AWS account)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

# offline: data "aws_availability_zones" "available" {} calls EC2 at plan
# time; local.offline_az_names stands for its names

locals {
  name   = "ex-${basename(path.cwd)}"
  region = "eu-west-1"

  vpc_cidr                     = "10.0.0.0/16"
  azs                          = slice(local.offline_az_names, 0, 3)
  preferred_maintenance_window = "sun:05:00-sun:06:00"

  offline_az_names = ["eu-west-1a", "eu-west-1b", "eu-west-1c"]

  # offline: hashicorp/random is not available; this literal stands for
  # the result of random_password.master (length 20, special = false)
  offline_master_password = "Offl1neMockPassw0rd0"

  tags = {
    Example    = local.name
    GithubRepo = "terraform-aws-rds-aurora"
    GithubOrg  = "terraform-aws-modules"
  }
}

################################################################################
# PostgreSQL Serverless v1
################################################################################

module "aurora_postgresql" {
  source = "./modules/rds-aurora" # offline: was ../../

  name              = "${local.name}-postgresql"
  engine            = "aurora-postgresql"
  engine_mode       = "serverless"
  storage_encrypted = true
  master_username   = "root"

  vpc_id               = module.vpc.vpc_id
  db_subnet_group_name = module.vpc.database_subnet_group_name
  security_group_rules = {
    vpc_ingress = {
      cidr_blocks = module.vpc.private_subnets_cidr_blocks
    }
  }

  # Serverless v1 clusters do not support managed master user password
  manage_master_user_password = false
  master_password             = local.offline_master_password # offline: was random_password.master.result

  monitoring_interval = 60

  preferred_maintenance_window = local.preferred_maintenance_window
  skip_final_snapshot          = true

  # enabled_cloudwatch_logs_exports = # NOT SUPPORTED

  scaling_configuration = {
    auto_pause               = true
    min_capacity             = 2
    max_capacity             = 16
    seconds_until_auto_pause = 300
    seconds_before_timeout   = 600
    timeout_action           = "ForceApplyCapacityChange"
  }

  tags = local.tags
}

################################################################################
# MySQL Serverless v1
################################################################################

module "aurora_mysql" {
  source = "./modules/rds-aurora" # offline: was ../../

  name              = "${local.name}-mysql"
  engine            = "aurora-mysql"
  engine_mode       = "serverless"
  storage_encrypted = true
  master_username   = "root"

  vpc_id               = module.vpc.vpc_id
  db_subnet_group_name = module.vpc.database_subnet_group_name
  security_group_rules = {
    vpc_ingress = {
      cidr_blocks = module.vpc.private_subnets_cidr_blocks
    }
  }

  # Serverless v1 clusters do not support managed master user password
  manage_master_user_password = false
  master_password             = local.offline_master_password # offline: was random_password.master.result

  monitoring_interval = 60

  apply_immediately   = true
  skip_final_snapshot = true

  # enabled_cloudwatch_logs_exports = # NOT SUPPORTED

  scaling_configuration = {
    auto_pause               = true
    min_capacity             = 2
    max_capacity             = 16
    seconds_until_auto_pause = 300
    timeout_action           = "ForceApplyCapacityChange"
  }

  tags = local.tags
}

################################################################################
# MySQL Serverless v2
################################################################################

module "aurora_mysql_v2" {
  source = "./modules/rds-aurora" # offline: was ../../

  name              = "${local.name}-mysqlv2"
  engine            = "aurora-mysql"
  engine_mode       = "provisioned"
  engine_version    = "8.0"
  storage_encrypted = true
  master_username   = "root"

  vpc_id               = module.vpc.vpc_id
  db_subnet_group_name = module.vpc.database_subnet_group_name
  security_group_rules = {
    vpc_ingress = {
      cidr_blocks = module.vpc.private_subnets_cidr_blocks
    }
  }

  monitoring_interval = 60

  apply_immediately   = true
  skip_final_snapshot = true

  serverlessv2_scaling_configuration = {
    min_capacity = 2
    max_capacity = 10
  }

  instance_class = "db.serverless"
  instances = {
    one = {}
    two = {}
  }

  tags = local.tags
}

################################################################################
# PostgreSQL Serverless v2
################################################################################

# offline: data "aws_rds_engine_version" "postgresql" (engine
# "aurora-postgresql", version "14.12") calls RDS at plan time; its engine
# and version are the literals below

module "aurora_postgresql_v2" {
  source = "./modules/rds-aurora" # offline: was ../../

  name              = "${local.name}-postgresqlv2"
  engine            = "aurora-postgresql" # offline: was data.aws_rds_engine_version.postgresql.engine
  engine_mode       = "provisioned"
  engine_version    = "14.12" # offline: was data.aws_rds_engine_version.postgresql.version
  storage_encrypted = true
  master_username   = "root"

  vpc_id               = module.vpc.vpc_id
  db_subnet_group_name = module.vpc.database_subnet_group_name
  security_group_rules = {
    vpc_ingress = {
      cidr_blocks = module.vpc.private_subnets_cidr_blocks
    }
  }

  monitoring_interval = 60

  apply_immediately   = true
  skip_final_snapshot = true

  enable_http_endpoint = true

  serverlessv2_scaling_configuration = {
    min_capacity             = 0
    max_capacity             = 10
    seconds_until_auto_pause = 3600
  }

  instance_class = "db.serverless"
  instances = {
    one = {}
    two = {}
  }

  tags = local.tags
}

################################################################################
# Supporting Resources
################################################################################

# offline: resource "random_password" "master" (length 20, special =
# false) removed: hashicorp/random is not available; see
# local.offline_master_password

module "vpc" {
  source = "./modules/vpc" # offline: was terraform-aws-modules/vpc/aws ~> 5.0

  name = local.name
  cidr = local.vpc_cidr

  azs              = local.azs
  public_subnets   = [for k, v in local.azs : cidrsubnet(local.vpc_cidr, 8, k)]
  private_subnets  = [for k, v in local.azs : cidrsubnet(local.vpc_cidr, 8, k + 3)]
  database_subnets = [for k, v in local.azs : cidrsubnet(local.vpc_cidr, 8, k + 6)]

  tags = local.tags
}
