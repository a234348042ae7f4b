# environments/primary/main.tf
# Primary region (us-east-1) — full production stack

terraform {
  required_version = ">= 1.6"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
    # offline: hashicorp/archive removed (not in the provider mirror); its
    # two archive_file data sources are replaced by literal file names
  }

  # backend "s3" {  # offline: backend removed (plan -backend=false still asks for it to be initialised)
  #   bucket         = "REPLACE_WITH_YOUR_STATE_BUCKET"
  #   key            = "primary/terraform.tfstate"
  #   region         = "us-east-1"
  #   dynamodb_table = "REPLACE_WITH_YOUR_LOCK_TABLE"
  #   encrypt        = true
  # }
}

provider "aws" {
  region = var.primary_region

  # offline: mock credentials and skip_* flags, so the plan needs no AWS
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
  default_tags {
    tags = local.common_tags
  }
}

# Secondary provider alias needed for DNS module (Route 53 is global but
# we manage hosted zone records from primary)
provider "aws" {
  alias  = "dr"
  region = var.dr_region

  # offline: mock credentials and skip_* flags, so the plan needs no AWS
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
  default_tags {
    tags = local.common_tags
  }
}

# ── Remote state for DR outputs (used by DNS module) ─────────────
# offline: data "terraform_remote_state" "dr" (reads the DR root's state from
# S3 at plan time) replaced by a local holding the outputs the DR root
# (environments/dr, eu-west-1) declares, as they are once DR is deployed
# (the README's order: primary, DR, then primary again). The values follow
# the DR root's naming (app_name "myapp", environment "dr", account
# 123456789012); every use below keeps upstream's try(..., fallback).
locals {
  dr_remote_state = {
    outputs = {
      alb_dns_name       = "myapp-dr-alb-1234567890.eu-west-1.elb.amazonaws.com"
      alb_zone_id        = "Z32O12XQLNTSW2"
      aurora_cluster_id  = "myapp-dr-aurora"
      aurora_cluster_arn = "arn:aws:rds:eu-west-1:123456789012:cluster:myapp-dr-aurora"
      kms_key_arn        = "arn:aws:kms:eu-west-1:123456789012:key/0d4b7d7e-1111-2222-3333-444455556666"
      app_bucket_arn     = "arn:aws:s3:::myapp-dr-123456789012-app"
      backup_vault_arn   = "arn:aws:backup:eu-west-1:123456789012:backup-vault:myapp-dr-backup-vault"
    }
  }
}

# ── Locals ────────────────────────────────────────────────────────
locals {
  common_tags = {
    Project     = var.app_name
    Environment = "primary"
    ManagedBy   = "terraform"
    Repository  = "aws-multi-region-dr"
    Owner       = var.owner_tag
  }
}

# ── Security (KMS, IAM, Secrets) ─────────────────────────────────
module "security" {
  source = "./modules/security"

  app_name           = var.app_name
  environment        = "primary"
  aws_region         = var.primary_region
  aws_account_id     = var.aws_account_id
  is_primary         = true
  db_master_username = var.db_master_username
  db_master_password = var.db_master_password
  database_name      = var.database_name
  tags               = local.common_tags
}

# ── Monitoring (CloudWatch log groups needed before VPC flow logs) ─
module "monitoring" {
  source = "./modules/monitoring"

  app_name                 = var.app_name
  environment              = "primary"
  is_primary               = true
  dr_region                = var.dr_region
  kms_key_arn              = module.security.kms_key_arn
  failover_lambda_role_arn = ""   # Not used in primary; failover Lambda lives in DR
  ecs_cluster_name         = module.compute.ecs_cluster_name
  ecs_service_name         = module.compute.ecs_service_name
  prod_task_count          = var.ecs_desired_count
  alb_arn_suffix           = module.compute.alb_arn
  alert_topic_arn          = module.dns.health_check_alerts_topic_arn

  # These are populated after DR is deployed; use empty strings on first apply
  global_cluster_id        = module.database.global_cluster_id
  dr_cluster_id            = try(local.dr_remote_state.outputs.aurora_cluster_id, "")
  dr_cluster_arn           = try(local.dr_remote_state.outputs.aurora_cluster_arn, "")
  primary_health_check_id  = module.dns.primary_health_check_id
  dr_health_check_id       = module.dns.dr_health_check_id

  tags = local.common_tags
}

# ── Networking ────────────────────────────────────────────────────
module "networking" {
  source = "./modules/networking"

  app_name           = var.app_name
  environment        = "primary"
  vpc_cidr           = var.primary_vpc_cidr
  availability_zones = var.primary_azs
  is_primary         = true
  app_port           = var.app_port
  flow_log_role_arn  = module.security.vpc_flow_logs_role_arn
  flow_log_group_arn = module.monitoring.vpc_flow_logs_group_arn
  tags               = local.common_tags
}

# ── Storage ───────────────────────────────────────────────────────
module "storage" {
  source = "./modules/storage"

  app_name            = var.app_name
  environment         = "primary"
  aws_account_id      = var.aws_account_id
  is_primary          = true
  kms_key_arn         = module.security.kms_key_arn
  dr_kms_key_arn      = try(local.dr_remote_state.outputs.kms_key_arn, "")
  dr_bucket_arn       = try(local.dr_remote_state.outputs.app_bucket_arn, "")
  replication_role_arn = module.security.s3_replication_role_arn
  elb_account_id      = var.elb_service_account_id
  tags                = local.common_tags
}

# ── Database ──────────────────────────────────────────────────────
module "database" {
  source = "./modules/database"

  app_name                = var.app_name
  environment             = "primary"
  is_primary              = true
  private_data_subnet_ids = module.networking.private_data_subnet_ids
  database_sg_id          = module.networking.database_sg_id
  cache_sg_id             = module.networking.cache_sg_id
  kms_key_arn             = module.security.kms_key_arn
  rds_monitoring_role_arn = module.security.rds_monitoring_role_arn

  aurora_engine_version  = var.aurora_engine_version
  database_name          = var.database_name
  db_master_username     = var.db_master_username
  db_master_password     = var.db_master_password
  aurora_min_acu         = var.primary_aurora_min_acu
  aurora_max_acu         = var.primary_aurora_max_acu
  aurora_instance_count  = var.primary_aurora_instance_count
  backup_retention_days  = var.backup_retention_days
  deletion_protection    = var.deletion_protection

  redis_node_type    = var.primary_redis_node_type
  redis_num_replicas = var.primary_redis_num_replicas
  redis_auth_token   = var.redis_auth_token

  tags = local.common_tags
}

# ── Compute ───────────────────────────────────────────────────────
module "compute" {
  source = "./modules/compute"

  app_name               = var.app_name
  environment            = "primary"
  aws_region             = var.primary_region
  vpc_id                 = module.networking.vpc_id
  public_subnet_ids      = module.networking.public_subnet_ids
  private_app_subnet_ids = module.networking.private_app_subnet_ids
  alb_sg_id              = module.networking.alb_sg_id
  app_sg_id              = module.networking.app_sg_id
  kms_key_arn            = module.security.kms_key_arn
  ecs_execution_role_arn = module.security.ecs_execution_role_arn
  ecs_task_role_arn      = module.security.ecs_task_role_arn
  lambda_role_arn        = module.security.lambda_role_arn
  acm_certificate_arn    = var.primary_acm_certificate_arn
  alb_logs_bucket        = module.storage.alb_logs_bucket_id
  container_image        = var.container_image
  app_port               = var.app_port
  health_check_path      = var.health_check_path
  task_cpu               = var.task_cpu
  task_memory            = var.task_memory
  ecs_desired_count      = var.ecs_desired_count
  ecs_min_capacity       = var.ecs_min_capacity
  ecs_max_capacity       = var.ecs_max_capacity
  log_retention_days     = var.log_retention_days
  deletion_protection    = var.deletion_protection
  tags                   = local.common_tags
}

# ── Backup ────────────────────────────────────────────────────────
module "backup" {
  source = "./modules/backup"

  app_name              = var.app_name
  environment           = "primary"
  kms_key_arn           = module.security.kms_key_arn
  dr_vault_arn          = try(local.dr_remote_state.outputs.backup_vault_arn, "")
  backup_retention_days = var.backup_retention_days
  aurora_cluster_arns   = [module.database.aurora_cluster_arn]
  tags                  = local.common_tags
}

# ── DNS + Failover Records ────────────────────────────────────────
# Route 53 is global; we manage it from primary environment.
# DR ALB details come from remote state (deploy DR first, then re-apply primary).
module "dns" {
  source = "./modules/dns"

  app_name              = var.app_name
  domain_name           = var.domain_name
  primary_alb_dns_name  = module.compute.alb_dns_name
  primary_alb_zone_id   = module.compute.alb_zone_id
  dr_alb_dns_name       = try(local.dr_remote_state.outputs.alb_dns_name, module.compute.alb_dns_name)
  dr_alb_zone_id        = try(local.dr_remote_state.outputs.alb_zone_id,  module.compute.alb_zone_id)
  health_check_path     = var.health_check_path
  kms_key_arn           = module.security.kms_key_arn
  failover_lambda_topic_arn = module.monitoring.failover_trigger_topic_arn
  alert_emails          = var.alert_emails
  pagerduty_endpoint    = var.pagerduty_endpoint
  tags                  = local.common_tags
}

# ── Remote State Bootstrap (first-time only) ─────────────────────
resource "aws_s3_bucket" "terraform_state" {
  bucket        = "${var.app_name}-terraform-state-${var.aws_account_id}"
  force_destroy = false
  tags          = merge(local.common_tags, { Name = "terraform-state" })
}

resource "aws_s3_bucket_versioning" "terraform_state" {
  bucket = aws_s3_bucket.terraform_state.id
  versioning_configuration { status = "Enabled" }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "terraform_state" {
  bucket = aws_s3_bucket.terraform_state.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = module.security.kms_key_id
    }
  }
}

resource "aws_s3_bucket_public_access_block" "terraform_state" {
  bucket                  = aws_s3_bucket.terraform_state.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_dynamodb_table" "terraform_locks" {
  name         = "${var.app_name}-terraform-locks"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "LockID"

  attribute {
    name = "LockID"
    type = "S"
  }

  server_side_encryption {
    enabled     = true
    kms_key_arn = module.security.kms_key_arn
  }

  tags = merge(local.common_tags, { Name = "terraform-state-locks" })
}
