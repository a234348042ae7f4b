# =============================================================================
# Production Environment
# =============================================================================
# This is the main entry point for the production environment.
# It instantiates all modules with production-grade configuration.
# =============================================================================

terraform {
  required_version = ">= 1.5"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }

  # Backend configuration - MUST be configured for production
#  backend "s3" {  # offline: backend commented out (planned with -backend=false anyway)
#    bucket         = "your-terraform-state-bucket"
#    key            = "prod/terraform.tfstate"
#    region         = "us-east-1"
#    encrypt        = true
#    dynamodb_table = "terraform-state-lock"
#  }
}

# -----------------------------------------------------------------------------
# Provider Configuration
# -----------------------------------------------------------------------------

# Primary region provider
provider "aws" {
  region = "us-east-1"
  alias  = "us_east_1"
  skip_credentials_validation = true # offline
  skip_requesting_account_id  = true # offline
  skip_metadata_api_check     = true # offline
  skip_region_validation      = true # offline

  default_tags {
    tags = {
      Project     = var.project_name
      Environment = var.environment
      ManagedBy   = "terraform"
    }
  }
}

# EU West 1 provider
provider "aws" {
  region = "eu-west-1"
  alias  = "eu_west_1"
  skip_credentials_validation = true # offline
  skip_requesting_account_id  = true # offline
  skip_metadata_api_check     = true # offline
  skip_region_validation      = true # offline

  default_tags {
    tags = {
      Project     = var.project_name
      Environment = var.environment
      ManagedBy   = "terraform"
    }
  }
}

# AP Northeast 1 provider
provider "aws" {
  region = "ap-northeast-1"
  alias  = "ap_northeast_1"
  skip_credentials_validation = true # offline
  skip_requesting_account_id  = true # offline
  skip_metadata_api_check     = true # offline
  skip_region_validation      = true # offline

  default_tags {
    tags = {
      Project     = var.project_name
      Environment = var.environment
      ManagedBy   = "terraform"
    }
  }
}

# SA East 1 provider
provider "aws" {
  region = "sa-east-1"
  alias  = "sa_east_1"
  skip_credentials_validation = true # offline
  skip_requesting_account_id  = true # offline
  skip_metadata_api_check     = true # offline
  skip_region_validation      = true # offline

  default_tags {
    tags = {
      Project     = var.project_name
      Environment = var.environment
      ManagedBy   = "terraform"
    }
  }
}

# Default provider (primary region)
provider "aws" {
  region = "us-east-1"
  skip_credentials_validation = true # offline
  skip_requesting_account_id  = true # offline
  skip_metadata_api_check     = true # offline
  skip_region_validation      = true # offline

  default_tags {
    tags = {
      Project     = var.project_name
      Environment = var.environment
      ManagedBy   = "terraform"
    }
  }
}

# -----------------------------------------------------------------------------
# Local Variables
# -----------------------------------------------------------------------------

locals {
  enabled_regions = {
    for key, region in var.regions : key => region
    if region.enabled
  }
}

# -----------------------------------------------------------------------------
# Global Module (uses primary region provider)
# -----------------------------------------------------------------------------

module "global" {
  source = "./modules/global" # offline: was "../../modules/global" (root flattened into this folder)

  project_name              = var.project_name
  environment               = var.environment
  domain_name               = var.domain_name
  create_hosted_zone        = var.create_hosted_zone
  existing_hosted_zone_id   = var.existing_hosted_zone_id
  regions                   = var.regions
  enable_global_accelerator = true
  ecr_repositories          = var.ecr_repositories

  tags = var.tags
}

# -----------------------------------------------------------------------------
# Region Modules
# -----------------------------------------------------------------------------

# US East 1 (Primary)
module "region_us_east_1" {
  source = "./modules/region" # offline: was "../../modules/region" (root flattened into this folder)
  count  = try(var.regions["us_east_1"].enabled, false) ? 1 : 0  # offline: was lookup(var.regions, KEY, { enabled = false }).enabled (terraform refuses: default of another type)

  providers = {
    aws = aws.us_east_1
  }

  project_name = var.project_name
  environment  = var.environment
  aws_region   = "us-east-1"
  region_key   = "us_east_1"
  is_primary   = var.regions["us_east_1"].is_primary
  tier         = var.regions["us_east_1"].tier
  cidr_block   = var.regions["us_east_1"].cidr_block
  enable_nat   = var.regions["us_east_1"].enable_nat

  ecs_api_min      = var.regions["us_east_1"].ecs_api_min
  ecs_api_max      = var.regions["us_east_1"].ecs_api_max
  use_fargate_spot = var.use_fargate_spot

  api_image    = "${module.global.ecr_repository_urls["api"]}:${var.image_tag}"
  worker_image = "${module.global.ecr_repository_urls["worker"]}:${var.image_tag}"

  acm_certificate_arn = var.acm_certificate_arns["us_east_1"]
  domain_name         = var.domain_name
  route53_zone_id     = module.global.route53_zone_id

  global_accelerator_endpoint_group_arn = module.global.global_accelerator_endpoint_groups["us_east_1"]

  database_endpoint      = module.data.rds_proxy_endpoint
  database_read_endpoint = module.data.rds_proxy_read_only_endpoint
  database_port          = 5432
  database_name          = var.aurora_database_name
  database_secret_arn    = module.data.aurora_master_secret_arn

  redis_endpoint = module.data.redis_primary_endpoint
  redis_port     = 6379

  tags = var.tags
}

# EU West 1 (Secondary)
module "region_eu_west_1" {
  source = "./modules/region" # offline: was "../../modules/region" (root flattened into this folder)
  count  = try(var.regions["eu_west_1"].enabled, false) ? 1 : 0  # offline: was lookup(var.regions, KEY, { enabled = false }).enabled (terraform refuses: default of another type)

  providers = {
    aws = aws.eu_west_1
  }

  project_name = var.project_name
  environment  = var.environment
  aws_region   = "eu-west-1"
  region_key   = "eu_west_1"
  is_primary   = var.regions["eu_west_1"].is_primary
  tier         = var.regions["eu_west_1"].tier
  cidr_block   = var.regions["eu_west_1"].cidr_block
  enable_nat   = var.regions["eu_west_1"].enable_nat

  ecs_api_min      = var.regions["eu_west_1"].ecs_api_min
  ecs_api_max      = var.regions["eu_west_1"].ecs_api_max
  use_fargate_spot = var.use_fargate_spot

  api_image    = "${module.global.ecr_repository_urls["api"]}:${var.image_tag}"
  worker_image = "${module.global.ecr_repository_urls["worker"]}:${var.image_tag}"

  acm_certificate_arn = var.acm_certificate_arns["eu_west_1"]
  domain_name         = var.domain_name
  route53_zone_id     = module.global.route53_zone_id

  global_accelerator_endpoint_group_arn = module.global.global_accelerator_endpoint_groups["eu_west_1"]

  # Read-only via local replica proxy (avoids cross-region latency)
  database_endpoint      = module.data_replica_eu_west_1[0].rds_proxy_endpoint
  database_read_endpoint = module.data_replica_eu_west_1[0].rds_proxy_read_only_endpoint
  database_port          = 5432
  database_name          = var.aurora_database_name
  database_secret_arn    = module.data.aurora_master_secret_arn

  redis_endpoint = module.data.redis_primary_endpoint
  redis_port     = 6379

  tags = var.tags
}

# AP Northeast 1 (Secondary)
module "region_ap_northeast_1" {
  source = "./modules/region" # offline: was "../../modules/region" (root flattened into this folder)
  count  = try(var.regions["ap_northeast_1"].enabled, false) ? 1 : 0  # offline: was lookup(var.regions, KEY, { enabled = false }).enabled (terraform refuses: default of another type)

  providers = {
    aws = aws.ap_northeast_1
  }

  project_name = var.project_name
  environment  = var.environment
  aws_region   = "ap-northeast-1"
  region_key   = "ap_northeast_1"
  is_primary   = var.regions["ap_northeast_1"].is_primary
  tier         = var.regions["ap_northeast_1"].tier
  cidr_block   = var.regions["ap_northeast_1"].cidr_block
  enable_nat   = var.regions["ap_northeast_1"].enable_nat

  ecs_api_min      = var.regions["ap_northeast_1"].ecs_api_min
  ecs_api_max      = var.regions["ap_northeast_1"].ecs_api_max
  use_fargate_spot = var.use_fargate_spot

  api_image    = "${module.global.ecr_repository_urls["api"]}:${var.image_tag}"
  worker_image = "${module.global.ecr_repository_urls["worker"]}:${var.image_tag}"

  acm_certificate_arn = var.acm_certificate_arns["ap_northeast_1"]
  domain_name         = var.domain_name
  route53_zone_id     = module.global.route53_zone_id

  global_accelerator_endpoint_group_arn = module.global.global_accelerator_endpoint_groups["ap_northeast_1"]

  # Read-only via local replica proxy
  database_endpoint      = module.data_replica_ap_northeast_1[0].rds_proxy_endpoint
  database_read_endpoint = module.data_replica_ap_northeast_1[0].rds_proxy_read_only_endpoint
  database_port          = 5432
  database_name          = var.aurora_database_name
  database_secret_arn    = module.data.aurora_master_secret_arn

  redis_endpoint = module.data.redis_primary_endpoint
  redis_port     = 6379

  tags = var.tags
}

# SA East 1 (Tertiary)
module "region_sa_east_1" {
  source = "./modules/region" # offline: was "../../modules/region" (root flattened into this folder)
  count  = try(var.regions["sa_east_1"].enabled, false) ? 1 : 0  # offline: was lookup(var.regions, KEY, { enabled = false }).enabled (terraform refuses: default of another type)

  providers = {
    aws = aws.sa_east_1
  }

  project_name = var.project_name
  environment  = var.environment
  aws_region   = "sa-east-1"
  region_key   = "sa_east_1"
  is_primary   = var.regions["sa_east_1"].is_primary
  tier         = var.regions["sa_east_1"].tier
  cidr_block   = var.regions["sa_east_1"].cidr_block
  enable_nat   = var.regions["sa_east_1"].enable_nat

  ecs_api_min      = var.regions["sa_east_1"].ecs_api_min
  ecs_api_max      = var.regions["sa_east_1"].ecs_api_max
  use_fargate_spot = var.use_fargate_spot

  api_image    = "${module.global.ecr_repository_urls["api"]}:${var.image_tag}"
  worker_image = "${module.global.ecr_repository_urls["worker"]}:${var.image_tag}"

  acm_certificate_arn = var.acm_certificate_arns["sa_east_1"]
  domain_name         = var.domain_name
  route53_zone_id     = module.global.route53_zone_id

  global_accelerator_endpoint_group_arn = module.global.global_accelerator_endpoint_groups["sa_east_1"]

  # Read-only via local replica proxy
  database_endpoint      = module.data_replica_sa_east_1[0].rds_proxy_endpoint
  database_read_endpoint = module.data_replica_sa_east_1[0].rds_proxy_read_only_endpoint
  database_port          = 5432
  database_name          = var.aurora_database_name
  database_secret_arn    = module.data.aurora_master_secret_arn

  redis_endpoint = module.data.redis_primary_endpoint
  redis_port     = 6379

  tags = var.tags
}

# -----------------------------------------------------------------------------
# Data Module
# -----------------------------------------------------------------------------

module "data" {
  source = "./modules/data" # offline: was "../../modules/data" (root flattened into this folder)

  project_name = var.project_name
  environment  = var.environment
  regions      = var.regions

  # Aurora configuration
  aurora_engine_version          = var.aurora_engine_version
  aurora_serverless_min_capacity = var.aurora_serverless_min_capacity
  aurora_serverless_max_capacity = var.aurora_serverless_max_capacity
  aurora_database_name           = var.aurora_database_name
  aurora_skip_final_snapshot     = false
  aurora_deletion_protection     = true

  # DynamoDB configuration
  dynamodb_billing_mode           = "PAY_PER_REQUEST"
  dynamodb_point_in_time_recovery = true

  # Redis configuration
  redis_node_type                  = var.redis_node_type
  redis_num_cache_clusters         = 3
  redis_automatic_failover_enabled = true
  redis_at_rest_encryption_enabled = true
  redis_transit_encryption_enabled = true

  # Network configuration
  vpc_ids = {
    us_east_1      = try(var.regions["us_east_1"].enabled, false) ? module.region_us_east_1[0].vpc_id : ""  # offline: was length(module.region_us_east_1) > 0 (a dependency cycle); lookup() made try() as on the count lines
    eu_west_1      = try(var.regions["eu_west_1"].enabled, false) ? module.region_eu_west_1[0].vpc_id : ""  # offline: was length(module.region_eu_west_1) > 0 (a dependency cycle); lookup() made try() as on the count lines
    ap_northeast_1 = try(var.regions["ap_northeast_1"].enabled, false) ? module.region_ap_northeast_1[0].vpc_id : ""  # offline: was length(module.region_ap_northeast_1) > 0 (a dependency cycle); lookup() made try() as on the count lines
    sa_east_1      = try(var.regions["sa_east_1"].enabled, false) ? module.region_sa_east_1[0].vpc_id : ""  # offline: was length(module.region_sa_east_1) > 0 (a dependency cycle); lookup() made try() as on the count lines
  }

  private_subnet_ids = {
    us_east_1      = try(var.regions["us_east_1"].enabled, false) ? module.region_us_east_1[0].private_subnet_ids : []  # offline: was length(module.region_us_east_1) > 0 (a dependency cycle); lookup() made try() as on the count lines
    eu_west_1      = try(var.regions["eu_west_1"].enabled, false) ? module.region_eu_west_1[0].private_subnet_ids : []  # offline: was length(module.region_eu_west_1) > 0 (a dependency cycle); lookup() made try() as on the count lines
    ap_northeast_1 = try(var.regions["ap_northeast_1"].enabled, false) ? module.region_ap_northeast_1[0].private_subnet_ids : []  # offline: was length(module.region_ap_northeast_1) > 0 (a dependency cycle); lookup() made try() as on the count lines
    sa_east_1      = try(var.regions["sa_east_1"].enabled, false) ? module.region_sa_east_1[0].private_subnet_ids : []  # offline: was length(module.region_sa_east_1) > 0 (a dependency cycle); lookup() made try() as on the count lines
  }

  database_security_group_ids = {
    us_east_1      = try(var.regions["us_east_1"].enabled, false) ? module.region_us_east_1[0].database_security_group_id : ""  # offline: was length(module.region_us_east_1) > 0 (a dependency cycle); lookup() made try() as on the count lines
    eu_west_1      = try(var.regions["eu_west_1"].enabled, false) ? module.region_eu_west_1[0].database_security_group_id : ""  # offline: was length(module.region_eu_west_1) > 0 (a dependency cycle); lookup() made try() as on the count lines
    ap_northeast_1 = try(var.regions["ap_northeast_1"].enabled, false) ? module.region_ap_northeast_1[0].database_security_group_id : ""  # offline: was length(module.region_ap_northeast_1) > 0 (a dependency cycle); lookup() made try() as on the count lines
    sa_east_1      = try(var.regions["sa_east_1"].enabled, false) ? module.region_sa_east_1[0].database_security_group_id : ""  # offline: was length(module.region_sa_east_1) > 0 (a dependency cycle); lookup() made try() as on the count lines
  }

  redis_security_group_ids = {
    us_east_1      = try(var.regions["us_east_1"].enabled, false) ? module.region_us_east_1[0].redis_security_group_id : ""  # offline: was length(module.region_us_east_1) > 0 (a dependency cycle); lookup() made try() as on the count lines
    eu_west_1      = try(var.regions["eu_west_1"].enabled, false) ? module.region_eu_west_1[0].redis_security_group_id : ""  # offline: was length(module.region_eu_west_1) > 0 (a dependency cycle); lookup() made try() as on the count lines
    ap_northeast_1 = try(var.regions["ap_northeast_1"].enabled, false) ? module.region_ap_northeast_1[0].redis_security_group_id : ""  # offline: was length(module.region_ap_northeast_1) > 0 (a dependency cycle); lookup() made try() as on the count lines
    sa_east_1      = try(var.regions["sa_east_1"].enabled, false) ? module.region_sa_east_1[0].redis_security_group_id : ""  # offline: was length(module.region_sa_east_1) > 0 (a dependency cycle); lookup() made try() as on the count lines
  }

  tags = var.tags
}

# -----------------------------------------------------------------------------
# Data Replicas (one per secondary region)
# -----------------------------------------------------------------------------
# Each replica deploys a local Aurora cluster + RDS Proxy, eliminating
# cross-region latency for read queries in secondary regions.
# The Secrets Manager secret is replicated via the primary data module.
# -----------------------------------------------------------------------------

module "data_replica_eu_west_1" {
  source = "./modules/data-replica" # offline: was "../../modules/data-replica" (root flattened into this folder)
  count  = try(var.regions["eu_west_1"].enabled, false) ? 1 : 0  # offline: was lookup(var.regions, KEY, { enabled = false }).enabled (terraform refuses: default of another type)

  providers = {
    aws = aws.eu_west_1
  }

  project_name = var.project_name
  environment  = var.environment
  region_key   = "eu_west_1"
  aws_region   = "eu-west-1"

  global_cluster_identifier      = module.data.aurora_global_cluster_id
  aurora_engine_version          = var.aurora_engine_version
  aurora_serverless_min_capacity = var.aurora_serverless_min_capacity
  aurora_serverless_max_capacity = var.aurora_serverless_max_capacity
  aurora_reader_count            = 2
  aurora_deletion_protection     = true
  aurora_master_secret_name      = module.data.aurora_master_secret_name

  private_subnet_ids         = module.region_eu_west_1[0].private_subnet_ids
  database_security_group_id = module.region_eu_west_1[0].database_security_group_id

  tags = var.tags
}

module "data_replica_ap_northeast_1" {
  source = "./modules/data-replica" # offline: was "../../modules/data-replica" (root flattened into this folder)
  count  = try(var.regions["ap_northeast_1"].enabled, false) ? 1 : 0  # offline: was lookup(var.regions, KEY, { enabled = false }).enabled (terraform refuses: default of another type)

  providers = {
    aws = aws.ap_northeast_1
  }

  project_name = var.project_name
  environment  = var.environment
  region_key   = "ap_northeast_1"
  aws_region   = "ap-northeast-1"

  global_cluster_identifier      = module.data.aurora_global_cluster_id
  aurora_engine_version          = var.aurora_engine_version
  aurora_serverless_min_capacity = var.aurora_serverless_min_capacity
  aurora_serverless_max_capacity = var.aurora_serverless_max_capacity
  aurora_reader_count            = 2
  aurora_deletion_protection     = true
  aurora_master_secret_name      = module.data.aurora_master_secret_name

  private_subnet_ids         = module.region_ap_northeast_1[0].private_subnet_ids
  database_security_group_id = module.region_ap_northeast_1[0].database_security_group_id

  tags = var.tags
}

module "data_replica_sa_east_1" {
  source = "./modules/data-replica" # offline: was "../../modules/data-replica" (root flattened into this folder)
  count  = try(var.regions["sa_east_1"].enabled, false) ? 1 : 0  # offline: was lookup(var.regions, KEY, { enabled = false }).enabled (terraform refuses: default of another type)

  providers = {
    aws = aws.sa_east_1
  }

  project_name = var.project_name
  environment  = var.environment
  region_key   = "sa_east_1"
  aws_region   = "sa-east-1"

  global_cluster_identifier      = module.data.aurora_global_cluster_id
  aurora_engine_version          = var.aurora_engine_version
  aurora_serverless_min_capacity = var.aurora_serverless_min_capacity
  aurora_serverless_max_capacity = var.aurora_serverless_max_capacity
  aurora_reader_count            = 2
  aurora_deletion_protection     = true
  aurora_master_secret_name      = module.data.aurora_master_secret_name

  private_subnet_ids         = module.region_sa_east_1[0].private_subnet_ids
  database_security_group_id = module.region_sa_east_1[0].database_security_group_id

  tags = var.tags
}

# -----------------------------------------------------------------------------
# Outputs
# -----------------------------------------------------------------------------

output "global_accelerator_ips" {
  description = "Global Accelerator IP addresses"
  value       = module.global.global_accelerator_ip_addresses
}

output "global_accelerator_dns" {
  description = "Global Accelerator DNS name"
  value       = module.global.global_accelerator_dns_name
}

output "ecr_repository_urls" {
  description = "ECR repository URLs"
  value       = module.global.ecr_repository_urls
}

output "regional_alb_dns_names" {
  description = "Regional ALB DNS names"
  value = {
    us_east_1      = length(module.region_us_east_1) > 0 ? module.region_us_east_1[0].alb_dns_name : ""
    eu_west_1      = length(module.region_eu_west_1) > 0 ? module.region_eu_west_1[0].alb_dns_name : ""
    ap_northeast_1 = length(module.region_ap_northeast_1) > 0 ? module.region_ap_northeast_1[0].alb_dns_name : ""
    sa_east_1      = length(module.region_sa_east_1) > 0 ? module.region_sa_east_1[0].alb_dns_name : ""
  }
}

output "aurora_endpoint" {
  description = "Aurora primary endpoint (direct, bypasses proxy)"
  value       = module.data.aurora_primary_endpoint
}

output "aurora_reader_endpoint" {
  description = "Aurora reader endpoint (direct, bypasses proxy)"
  value       = module.data.aurora_primary_reader_endpoint
}

output "rds_proxy_endpoint" {
  description = "RDS Proxy read/write endpoint"
  value       = module.data.rds_proxy_endpoint
}

output "rds_proxy_read_only_endpoint" {
  description = "RDS Proxy read-only endpoint"
  value       = module.data.rds_proxy_read_only_endpoint
}

output "redis_endpoint" {
  description = "Redis primary endpoint"
  value       = module.data.redis_primary_endpoint
}

output "dynamodb_tables" {
  description = "DynamoDB table names"
  value = {
    sessions = module.data.dynamodb_sessions_table_name
    orders   = module.data.dynamodb_orders_table_name
    events   = module.data.dynamodb_events_table_name
  }
}

output "aurora_replica_endpoints" {
  description = "Aurora replica proxy endpoints per region"
  value = {
    eu_west_1      = length(module.data_replica_eu_west_1) > 0 ? module.data_replica_eu_west_1[0].rds_proxy_endpoint : ""
    ap_northeast_1 = length(module.data_replica_ap_northeast_1) > 0 ? module.data_replica_ap_northeast_1[0].rds_proxy_endpoint : ""
    sa_east_1      = length(module.data_replica_sa_east_1) > 0 ? module.data_replica_sa_east_1[0].rds_proxy_endpoint : ""
  }
}
