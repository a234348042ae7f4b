# =============================================================================
# Data Replica Module
# =============================================================================
# Deploys an Aurora Global Database replica cluster with a local RDS Proxy
# in a secondary region. Each instance of this module receives a provider
# for its target region.
#
# The replica cluster is read-only. Writes must go to the primary region.
# The local RDS Proxy eliminates cross-region latency for read queries.
# =============================================================================

terraform {
  required_version = ">= 1.5"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

locals {
  name_prefix = "${var.project_name}-${var.environment}"

  common_tags = {
    Project     = var.project_name
    Environment = var.environment
    ManagedBy   = "terraform"
  }
}

locals { offline_account_id = "123456789012" } # offline: was data "aws_caller_identity" "current" (STS)
data "aws_partition" "current" {}

# Look up the replicated secret in this region
locals { # offline: was data "aws_secretsmanager_secret" "aurora_master" (Secrets Manager API); the replica secret's ARN in this region
  offline_aurora_master_secret_arn = "arn:aws:secretsmanager:${var.aws_region}:123456789012:secret:${var.aurora_master_secret_name}-AbCdEf"
}
