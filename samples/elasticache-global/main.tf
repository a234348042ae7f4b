# replica-per-region on ElastiCache global datastores. The sessions
# datastore has its primary replication group in us-east-1 and a secondary
# in us-west-2: it passes in both regions. The catalog datastore was made
# from its primary alone, and its secondary never created: it fails in
# us-west-2, where a failover finds no copy of the cache.
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
  alias                       = "west"
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_elasticache_replication_group" "sessions_primary" {
  replication_group_id       = "sessions-east"
  description                = "sessions, primary"
  engine                     = "redis"
  engine_version             = "7.1"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
}

resource "aws_elasticache_global_replication_group" "sessions" {
  global_replication_group_id_suffix = "sessions"
  primary_replication_group_id       = aws_elasticache_replication_group.sessions_primary.id
}

resource "aws_elasticache_replication_group" "sessions_secondary" {
  provider                    = aws.west
  replication_group_id        = "sessions-west"
  description                 = "sessions, secondary"
  global_replication_group_id = aws_elasticache_global_replication_group.sessions.global_replication_group_id
  num_cache_clusters          = 2
}

resource "aws_elasticache_replication_group" "catalog_primary" {
  replication_group_id       = "catalog-east"
  description                = "catalog, primary"
  engine                     = "redis"
  engine_version             = "7.1"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
}

resource "aws_elasticache_global_replication_group" "catalog" {
  global_replication_group_id_suffix = "catalog"
  primary_replication_group_id       = aws_elasticache_replication_group.catalog_primary.id
}
