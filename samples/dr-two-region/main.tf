# Two-region disaster-recovery stack: one regional module per region, each
# given its provider through `providers = {...}`, joined by VPC peering and
# an Aurora global database. Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  alias                       = "primary"
  region                      = "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "secondary"
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_rds_global_cluster" "main" {
  provider                  = aws.primary
  global_cluster_identifier = "orders-global"
  engine                    = "aurora-postgresql"
  engine_version            = "15.4"
  storage_encrypted         = true
}

module "primary" {
  source            = "./modules/region"
  providers         = { aws = aws.primary }
  name              = "primary"
  cidr_block        = "10.10.0.0/16"
  global_cluster_id = aws_rds_global_cluster.main.id
  is_primary        = true
}

module "secondary" {
  source            = "./modules/region"
  providers         = { aws = aws.secondary }
  name              = "secondary"
  cidr_block        = "10.20.0.0/16"
  global_cluster_id = aws_rds_global_cluster.main.id
  is_primary        = false
  depends_on        = [module.primary]
}

resource "aws_vpc_peering_connection" "dr" {
  provider    = aws.primary
  vpc_id      = module.primary.vpc_id
  peer_vpc_id = module.secondary.vpc_id
  peer_region = "us-west-2"
}

resource "aws_vpc_peering_connection_accepter" "dr" {
  provider                  = aws.secondary
  vpc_peering_connection_id = aws_vpc_peering_connection.dr.id
  auto_accept               = true
}

# Routes to the peer for every private route table, in both directions.
resource "aws_route" "primary_to_secondary" {
  provider                  = aws.primary
  for_each                  = module.primary.private_route_table_ids
  route_table_id            = each.value
  destination_cidr_block    = module.secondary.cidr_block
  vpc_peering_connection_id = aws_vpc_peering_connection.dr.id
}

resource "aws_route" "secondary_to_primary" {
  provider                  = aws.secondary
  for_each                  = module.secondary.private_route_table_ids
  route_table_id            = each.value
  destination_cidr_block    = module.primary.cidr_block
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.dr.id
}
