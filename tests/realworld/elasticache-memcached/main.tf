provider "aws" {
  region = local.region

  # offline: mock credentials, nothing reaches AWS (plangraph tests/realworld)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

# offline: data "aws_availability_zones" "available" removed (calls EC2);
# its names are local.offline_az_names

locals {
  region = "eu-west-1"
  name   = "ex-${basename(path.cwd)}"

  vpc_cidr = "10.0.0.0/16"
  azs      = slice(local.offline_az_names, 0, 3)

  # offline: literal for the data source removed above
  offline_az_names = ["eu-west-1a", "eu-west-1b", "eu-west-1c"]

  tags = {
    Name       = local.name
    Example    = local.name
    Repository = "https://github.com/terraform-aws-modules/terraform-aws-elasticache"
  }
}

################################################################################
# ElastiCache Module
################################################################################

module "elasticache" {
  source = "./modules/elasticache" # offline: ../../

  cluster_id               = local.name
  create_cluster           = true
  create_replication_group = false

  engine          = "memcached"
  engine_version  = "1.6.17"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 2
  az_mode         = "cross-az"

  maintenance_window = "sun:05:00-sun:09:00"
  apply_immediately  = true

  # Security Group
  vpc_id = module.vpc.vpc_id
  security_group_rules = {
    ingress_vpc = {
      # Default type is `ingress`
      # Default port is based on the default engine port
      description = "VPC traffic"
      cidr_ipv4   = module.vpc.vpc_cidr_block
    }
  }

  # Subnet Group
  subnet_group_name        = local.name
  subnet_group_description = "${title(local.name)} subnet group"
  subnet_ids               = module.vpc.private_subnets

  # Parameter Group
  create_parameter_group      = true
  parameter_group_name        = local.name
  parameter_group_family      = "memcached1.6"
  parameter_group_description = "${title(local.name)} parameter group"
  parameters = [
    {
      name  = "idle_timeout"
      value = 60
    }
  ]

  tags = local.tags
}


module "elasticache_disabled" {
  source = "./modules/elasticache" # offline: ../..

  create = false
}

################################################################################
# Supporting Resources
################################################################################

module "vpc" {
  source = "./modules/vpc" # offline: terraform-aws-modules/vpc/aws ~> 5.0

  name = local.name
  cidr = local.vpc_cidr

  azs             = local.azs
  public_subnets  = [for k, v in local.azs : cidrsubnet(local.vpc_cidr, 8, k)]
  private_subnets = [for k, v in local.azs : cidrsubnet(local.vpc_cidr, 8, k + 10)]

  tags = local.tags
}
