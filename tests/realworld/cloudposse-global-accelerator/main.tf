provider "aws" {
  region = var.region

  # offline: mock credentials and skip flags
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

provider "aws" {
  region = var.failover_region
  alias  = "failover"

  # offline: mock credentials and skip flags
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

module "vpc" {
  source  = "./modules/vpc-3.0.0" # offline: was "cloudposse/vpc/aws" version "3.0.0"

  context = module.this.context

  ipv4_primary_cidr_block = var.vpc_cidr_block
}

module "subnets" {
  source  = "./modules/dynamic-subnets-3.0.1" # offline: was "cloudposse/dynamic-subnets/aws" version "3.0.1"

  context = module.this.context

  availability_zones = var.availability_zones
  vpc_id             = module.vpc.vpc_id
  igw_id             = [module.vpc.igw_id]
  ipv4_cidr_block    = [module.vpc.vpc_cidr_block]
}

module "failover_label" {
  source  = "./modules/label-0.24.1" # offline: was "cloudposse/label/null" version "0.24.1"

  attributes = ["fo"]
  context    = module.this.context
}

module "vpc_failover" {
  source  = "./modules/vpc-3.0.0" # offline: was "cloudposse/vpc/aws" version "3.0.0"

  context = module.failover_label.context

  ipv4_primary_cidr_block = var.failover_vpc_cidr_block

  providers = {
    aws = aws.failover
  }
}

module "subnets_failover" {
  source  = "./modules/dynamic-subnets-3.0.1" # offline: was "cloudposse/dynamic-subnets/aws" version "3.0.1"

  context = module.failover_label.context

  availability_zones = var.failover_availability_zones
  vpc_id             = module.vpc_failover.vpc_id
  igw_id             = [module.vpc_failover.igw_id]
  ipv4_cidr_block    = [module.vpc_failover.vpc_cidr_block]

  providers = {
    aws = aws.failover
  }
}

module "ecs" {
  source = "./modules/ecs" # offline: was "../modules/ecs"

  context = module.this.context

  region            = var.region
  alb_listener_port = var.alb_listener_port
  container_configuration = {
    name               = var.ecs_configuration.container_name
    image              = var.ecs_configuration.container_image
    port               = var.ecs_configuration.container_port
    memory             = var.ecs_configuration.container_memory
    memory_reservation = var.ecs_configuration.container_memory_reservation
    cpu                = var.ecs_configuration.container_cpu
  }
  health_check_path      = var.ecs_configuration.health_check_path
  host_port              = var.ecs_configuration.host_port
  vpc_cidr_block         = module.vpc.vpc_cidr_block
  vpc_private_subnet_ids = module.subnets.private_subnet_ids
  vpc_public_subnet_ids  = module.subnets.public_subnet_ids
  vpc_id                 = module.vpc.vpc_id
}

module "ecs_failover" {
  source = "./modules/ecs" # offline: was "../modules/ecs"

  context = module.failover_label.context

  region            = var.failover_region
  alb_listener_port = var.alb_listener_port
  container_configuration = {
    name               = var.ecs_configuration.container_name
    image              = var.ecs_configuration.container_image
    port               = var.ecs_configuration.container_port
    memory             = var.ecs_configuration.container_memory
    memory_reservation = var.ecs_configuration.container_memory_reservation
    cpu                = var.ecs_configuration.container_cpu
  }
  health_check_path      = var.ecs_configuration.health_check_path
  host_port              = var.ecs_configuration.host_port
  vpc_cidr_block         = module.vpc_failover.vpc_cidr_block
  vpc_private_subnet_ids = module.subnets_failover.private_subnet_ids
  vpc_public_subnet_ids  = module.subnets_failover.public_subnet_ids
  vpc_id                 = module.vpc_failover.vpc_id

  providers = {
    aws = aws.failover
  }
}

module "s3_bucket" {
  source  = "./modules/s3-bucket-4.10.0" # offline: was "cloudposse/s3-bucket/aws" version "4.10.0"

  context = module.this.context

  force_destroy = true
}

module "global_accelerator" {
  source = "./modules/global-accelerator" # offline: was "../.."

  context = module.this.context

  ip_address_type     = "IPV4"
  flow_logs_enabled   = false
  flow_logs_s3_prefix = "logs/"
  flow_logs_s3_bucket = module.s3_bucket.bucket_id

  listeners = [
    {
      client_affinity = "NONE"
      protocol        = "TCP"
      port_ranges = [
        {
          from_port = var.alb_listener_port
          to_port   = var.alb_listener_port
        }
      ]
    }
  ]
}

module "endpoint_group" {
  source = "./modules/global-accelerator/modules/endpoint-group" # offline: was "../../modules/endpoint-group"

  context = module.this.context

  listener_arn = module.global_accelerator.listener_ids[0]
  config = {
    endpoint_region = var.region
    endpoint_configuration = [
      {
        endpoint_lb_name = module.ecs.alb_name
      }
    ]
  }

  depends_on = [module.ecs]
}

module "endpoint_group_failover" {
  source = "./modules/global-accelerator/modules/endpoint-group" # offline: was "../../modules/endpoint-group"

  context = module.failover_label.context

  listener_arn = module.global_accelerator.listener_ids[0]
  config = {
    endpoint_region = var.failover_region
    endpoint_configuration = [
      {
        endpoint_lb_name = module.ecs_failover.alb_name
      }
    ]
  }

  providers = {
    aws = aws.failover
  }

  depends_on = [module.ecs_failover]
}
