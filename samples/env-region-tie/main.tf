# same-region-references when a region is inferred from the very reference
# it would check. The default provider sets no region (AWS_REGION gives it
# at run time; ENV holds the one this plan was made with). plangraph infers
# its region, eu-west-1, from the DR cluster's db_subnet_group_name
# reference to the subnet group it makes, which assumes that reference is
# right: it is only where AWS_REGION is eu-west-1, and
# DBSubnetGroupNotFoundFault anywhere else. The plan was called one region
# and the query skipped; the cluster is now unknown, saying why (as
# ritikops' Aurora failover root has its primary subnet group). The
# subnet group and the queue it feeds, both of the default provider, are
# in one region whatever it is.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "dr"
  region                      = "eu-west-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_db_subnet_group" "db" {
  name       = "db"
  subnet_ids = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
}

resource "aws_rds_cluster" "dr" {
  provider                    = aws.dr
  cluster_identifier          = "dr"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
  db_subnet_group_name        = aws_db_subnet_group.db.name
  skip_final_snapshot         = true
}

resource "aws_elasticache_subnet_group" "cache" {
  name       = "cache"
  subnet_ids = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
}

resource "aws_elasticache_replication_group" "cache" {
  replication_group_id = "cache"
  description          = "cache"
  node_type            = "cache.t4g.small"
  num_cache_clusters   = 1
  subnet_group_name    = aws_elasticache_subnet_group.cache.name
}
