########################################
# Providers
########################################

terraform {
  required_version = ">= 1.0.0"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
    # Offline planning (plangraph): hashicorp/random removed (not in the provider mirror)
  }
}


provider "aws" {
  region = "us-east-1"
  alias  = "primary"

  # Offline planning (plangraph): mock credentials, no AWS calls
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  region = "us-west-2"
  alias  = "secondary"

  # Offline planning (plangraph): mock credentials, no AWS calls
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

########################################
# Data Sources
########################################

# Primary region data
data "aws_region" "primary" {
  provider = aws.primary
}

# Offline planning (plangraph): data.aws_vpc.primary (tag:Name my-primary-vpc) as a literal
locals {
  primary_vpc = { id = "vpc-0a1b2c3d4e5f60001", cidr_block = "10.10.0.0/16" }
}

# Offline planning (plangraph): data.aws_subnets.primary_db (tag:Tier db) as literals
locals {
  primary_db_subnet_ids = ["subnet-0a1b2c3d4e5f60011", "subnet-0a1b2c3d4e5f60012", "subnet-0a1b2c3d4e5f60013"]
}

# Offline planning (plangraph): data.aws_kms_key.primary (alias/my-primary-kms-key) as the key's ARN
locals {
  primary_kms_key_arn = "arn:aws:kms:us-east-1:123456789012:key/1111aaaa-2222-3333-4444-555566667777"
}

# Secondary region data
data "aws_region" "secondary" {
  provider = aws.secondary
}

# Offline planning (plangraph): data.aws_vpc.secondary (tag:Name my-secondary-vpc) as a literal
locals {
  secondary_vpc = { id = "vpc-0f1e2d3c4b5a60002", cidr_block = "10.20.0.0/16" }
}

# Offline planning (plangraph): data.aws_subnets.secondary_db (tag:Tier db) as literals
locals {
  secondary_db_subnet_ids = ["subnet-0f1e2d3c4b5a60021", "subnet-0f1e2d3c4b5a60022", "subnet-0f1e2d3c4b5a60023"]
}

# Offline planning (plangraph): data.aws_kms_key.secondary (alias/my-secondary-kms-key) as the key's ARN
locals {
  secondary_kms_key_arn = "arn:aws:kms:us-west-2:123456789012:key/8888bbbb-9999-aaaa-bbbb-ccccddddeeee"
}

########################################
# Primary Neptune Global Cluster + Cluster (us-east-1)
########################################

module "neptune_global_primary" {
  source = "./modules/neptune" # upstream: source = "dstrates/neptune/aws", version = "0.3.0"

  providers = {
    aws = aws.primary
  }

  # Global Cluster Configuration
  create_neptune_global_cluster = true
  global_cluster_identifier     = "global-neptune-db"
  global_cluster_engine         = "neptune"
  global_cluster_engine_version = "1.4.7.0"

  # Primary Cluster Configuration
  create_neptune_cluster                 = true
  create_neptune_subnet_group            = true
  create_neptune_cluster_parameter_group = true
  create_neptune_instance                = true
  enable_serverless                      = true
  engine_version                         = "1.4.7.0"
  iam_database_authentication_enabled    = true
  apply_immediately                      = true
  backup_retention_period                = 5
  preferred_backup_window                = "07:00-09:00"
  preferred_maintenance_window           = "sun:06:00-sun:10:00"
  skip_final_snapshot                    = true
  copy_tags_to_snapshot                  = true
  kms_key_arn                            = local.primary_kms_key_arn
  min_capacity                           = 2.5
  max_capacity                           = 128
  subnet_ids                             = local.primary_db_subnet_ids
  cluster_identifier                     = "neptune-db-primary-use1"
  instance_class                         = "db.serverless" # Neptune Serverless supported instance class is db.serverless
  neptune_subnet_cidrs                   = [local.primary_vpc.cidr_block]

  neptune_cluster_parameters = {
    audit = {
      key   = "neptune_enable_audit_log"
      value = "1"
    }
  }

  neptune_db_parameters = {
    timeout = {
      key   = "neptune_query_timeout"
      value = "25"
    }
  }

  tags = {
    Name        = "global-primary-neptune"
    Environment = "dev"
  }
}

########################################
# Secondary Neptune Global Cluster Member (us-west-2)
########################################

module "neptune_global_secondary" {
  source = "./modules/neptune" # upstream: source = "dstrates/neptune/aws", version = "0.3.0"

  providers = {
    aws = aws.secondary
  }

  # Since this cluster will join the global cluster, we do not recreate it here
  # We just create a cluster that references the global cluster identifier
  create_neptune_global_cluster = false
  global_cluster_identifier     = "global-neptune-db"

  # Create secondary cluster as a member of the global cluster
  create_neptune_cluster                 = true
  create_neptune_subnet_group            = true
  create_neptune_instance                = true
  create_neptune_cluster_parameter_group = false
  create_neptune_parameter_group         = false

  # The replication_source_identifier is not needed for global clusters.
  # Instead, we rely on the global cluster identifier to attach this cluster.
  # Just ensure the global_cluster_identifier above matches the primary's global cluster.

  # For a global cluster secondary, engine version and other settings must match primary
  engine_version                      = "1.4.7.0"
  enable_serverless                   = true
  iam_database_authentication_enabled = true
  apply_immediately                   = true
  skip_final_snapshot                 = true
  kms_key_arn                         = local.secondary_kms_key_arn
  min_capacity                        = 2.5
  max_capacity                        = 128
  subnet_ids                          = local.secondary_db_subnet_ids
  cluster_identifier                  = "neptune-db-secondary-usw2"
  instance_class                      = "db.serverless"
  neptune_subnet_cidrs                = [local.secondary_vpc.cidr_block]

  tags = {
    Name        = "global-secondary-neptune"
    Environment = "dev"
  }
}

########################################
# Outputs
########################################

output "primary_neptune_cluster_endpoint" {
  description = "Endpoint of the primary Neptune cluster"
  value       = module.neptune_global_primary.neptune_cluster_endpoint
}

output "primary_neptune_cluster_id" {
  description = "ID of the primary Neptune cluster"
  value       = module.neptune_global_primary.neptune_cluster_id
}

output "global_cluster_id" {
  description = "ID of the global Neptune cluster"
  value       = module.neptune_global_primary.neptune_global_cluster_id
}

output "secondary_neptune_cluster_endpoint" {
  description = "Endpoint of the secondary Neptune cluster"
  value       = module.neptune_global_secondary.neptune_cluster_endpoint
}

output "secondary_neptune_cluster_id" {
  description = "ID of the secondary Neptune cluster"
  value       = module.neptune_global_secondary.neptune_cluster_id
}
