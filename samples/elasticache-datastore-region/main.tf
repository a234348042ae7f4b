# ElastiCache global datastores and their primaries' region. AWS creates a
# datastore in its primary's region (CreateGlobalReplicationGroup looks
# the primary up there). The sessions datastore is built on an existing
# replication group named by its id (as
# mrnim94/terraform-aws-elasticache-secondary-on-global-datastore does):
# us-east-1 holds that primary, us-west-2 its secondary, and
# replica-per-region passes both (it failed us-east-1 before). The catalog
# datastore is made with the us-west-2 provider while its primary is in
# us-east-1: it cannot be created, and same-region-references fails it.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}
provider "aws" {
  alias                       = "east"
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

resource "aws_elasticache_global_replication_group" "sessions" {
  provider                           = aws.east
  global_replication_group_id_suffix = "sessions"
  primary_replication_group_id       = "sessions-prod" # made by another stack
}

resource "aws_elasticache_replication_group" "sessions_secondary" {
  provider                    = aws.west
  replication_group_id        = "sessions-dr"
  description                 = "sessions, secondary"
  global_replication_group_id = aws_elasticache_global_replication_group.sessions.global_replication_group_id
  num_cache_clusters          = 2
}

resource "aws_elasticache_replication_group" "catalog_primary" {
  provider                   = aws.east
  replication_group_id       = "catalog-east"
  description                = "catalog, primary"
  engine                     = "redis"
  engine_version             = "7.1"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
}

resource "aws_elasticache_global_replication_group" "catalog" {
  provider                           = aws.west # wrong: the primary is in us-east-1
  global_replication_group_id_suffix = "catalog"
  primary_replication_group_id       = aws_elasticache_replication_group.catalog_primary.id
}

resource "aws_elasticache_replication_group" "catalog_secondary" {
  provider                    = aws.west
  replication_group_id        = "catalog-dr"
  description                 = "catalog, secondary"
  global_replication_group_id = aws_elasticache_global_replication_group.catalog.global_replication_group_id
  num_cache_clusters          = 2
}
