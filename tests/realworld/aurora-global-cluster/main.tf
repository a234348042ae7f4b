provider "aws" {
  region = local.primary_region

  # offline: mock credentials and skip_* flags (plan without AWS)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

provider "aws" {
  alias  = "secondary"
  region = local.secondary_region

  # offline: mock credentials and skip_* flags (plan without AWS)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

# offline: data "aws_caller_identity" "current" removed (an STS call at plan time);
# its account_id and arn are the literals local.offline_account_id and
# local.offline_caller_arn in data.aws_iam_policy_document.rds
# offline: data "aws_availability_zones" "primary" and "secondary" removed (EC2
# calls at plan time); local.offline_primary_az_names and
# local.offline_secondary_az_names hold the first three zones of each region

locals {
  name = "ex-${basename(path.cwd)}"

  primary_region   = "eu-west-1"
  primary_vpc_cidr = "10.0.0.0/16"
  primary_azs      = slice(local.offline_primary_az_names, 0, 3) # offline: was data.aws_availability_zones.primary.names

  secondary_region   = "us-east-1"
  secondary_vpc_cidr = "10.1.0.0/16"
  secondary_azs      = slice(local.offline_secondary_az_names, 0, 3) # offline: was data.aws_availability_zones.secondary.names

  # offline: literals in place of the removed data sources and random_password
  offline_primary_az_names   = ["eu-west-1a", "eu-west-1b", "eu-west-1c"]
  offline_secondary_az_names = ["us-east-1a", "us-east-1b", "us-east-1c"]
  offline_account_id         = "123456789012"
  offline_caller_arn         = "arn:aws:iam::123456789012:user/offline-mock"
  offline_master_password    = "offlineMockPassw0rd1"

  tags = {
    Example    = local.name
    GithubRepo = "terraform-aws-rds-aurora"
    GithubOrg  = "terraform-aws-modules"
  }
}

################################################################################
# RDS Aurora Module
################################################################################

resource "aws_rds_global_cluster" "this" {
  global_cluster_identifier = local.name
  engine                    = "aurora-postgresql"
  engine_version            = "14.5"
  database_name             = "example_db"
  storage_encrypted         = true
}

module "aurora_primary" {
  source = "./modules/rds-aurora" # offline: was "../../"

  name                      = local.name
  database_name             = aws_rds_global_cluster.this.database_name
  engine                    = aws_rds_global_cluster.this.engine
  engine_version            = aws_rds_global_cluster.this.engine_version
  master_username           = "root"
  global_cluster_identifier = aws_rds_global_cluster.this.id
  instance_class            = "db.r6g.large"
  instances                 = { for i in range(2) : i => {} }
  kms_key_id                = aws_kms_key.primary.arn

  vpc_id               = module.primary_vpc.vpc_id
  db_subnet_group_name = module.primary_vpc.database_subnet_group_name
  security_group_rules = {
    vpc_ingress = {
      cidr_blocks = module.primary_vpc.private_subnets_cidr_blocks
    }
  }

  # Global clusters do not support managed master user password
  manage_master_user_password = false
  master_password             = local.offline_master_password # offline: was random_password.master.result

  skip_final_snapshot = true

  tags = local.tags
}

module "aurora_secondary" {
  source = "./modules/rds-aurora" # offline: was "../../"

  providers = { aws = aws.secondary }

  is_primary_cluster = false

  name                      = local.name
  engine                    = aws_rds_global_cluster.this.engine
  engine_version            = aws_rds_global_cluster.this.engine_version
  global_cluster_identifier = aws_rds_global_cluster.this.id
  source_region             = local.primary_region
  instance_class            = "db.r6g.large"
  instances                 = { for i in range(2) : i => {} }
  kms_key_id                = aws_kms_key.secondary.arn

  vpc_id               = module.secondary_vpc.vpc_id
  db_subnet_group_name = module.secondary_vpc.database_subnet_group_name
  security_group_rules = {
    vpc_ingress = {
      cidr_blocks = module.secondary_vpc.private_subnets_cidr_blocks
    }
  }

  # Global clusters do not support managed master user password
  master_password = local.offline_master_password # offline: was random_password.master.result

  skip_final_snapshot = true

  depends_on = [
    module.aurora_primary
  ]

  tags = local.tags
}

################################################################################
# Supporting Resources
################################################################################

# offline: resource "random_password" "master" (hashicorp/random, not in the offline
# mirror) removed; local.offline_master_password takes its place

module "primary_vpc" {
  source = "./modules/vpc" # offline: was terraform-aws-modules/vpc/aws ~> 5.0

  name = local.name
  cidr = local.primary_vpc_cidr

  azs              = local.primary_azs
  public_subnets   = [for k, v in local.primary_azs : cidrsubnet(local.primary_vpc_cidr, 8, k)]
  private_subnets  = [for k, v in local.primary_azs : cidrsubnet(local.primary_vpc_cidr, 8, k + 3)]
  database_subnets = [for k, v in local.primary_azs : cidrsubnet(local.primary_vpc_cidr, 8, k + 6)]

  tags = local.tags
}


module "secondary_vpc" {
  source = "./modules/vpc" # offline: was terraform-aws-modules/vpc/aws ~> 5.0

  providers = { aws = aws.secondary }

  name = local.name
  cidr = local.secondary_vpc_cidr

  azs              = local.secondary_azs
  public_subnets   = [for k, v in local.secondary_azs : cidrsubnet(local.secondary_vpc_cidr, 8, k)]
  private_subnets  = [for k, v in local.secondary_azs : cidrsubnet(local.secondary_vpc_cidr, 8, k + 3)]
  database_subnets = [for k, v in local.secondary_azs : cidrsubnet(local.secondary_vpc_cidr, 8, k + 6)]

  tags = local.tags
}

data "aws_iam_policy_document" "rds" {
  statement {
    sid       = "Enable IAM User Permissions"
    actions   = ["kms:*"]
    resources = ["*"]

    principals {
      type = "AWS"
      identifiers = [
        "arn:aws:iam::${local.offline_account_id}:root", # offline: was data.aws_caller_identity.current.account_id
        local.offline_caller_arn,                        # offline: was data.aws_caller_identity.current.arn
      ]
    }
  }

  statement {
    sid = "Allow use of the key"
    actions = [
      "kms:Encrypt",
      "kms:Decrypt",
      "kms:ReEncrypt*",
      "kms:GenerateDataKey*",
      "kms:DescribeKey"
    ]
    resources = ["*"]

    principals {
      type = "Service"
      identifiers = [
        "monitoring.rds.amazonaws.com",
        "rds.amazonaws.com",
      ]
    }
  }
}

resource "aws_kms_key" "primary" {
  policy = data.aws_iam_policy_document.rds.json
  tags   = local.tags
}

resource "aws_kms_key" "secondary" {
  provider = aws.secondary

  policy = data.aws_iam_policy_document.rds.json
  tags   = local.tags
}
