/* ECS call to module */
module "us-east-1" {
  source                 = "./modules/ecs"
  ecs_cluster_name       = var.ecs_cluster_name
  ecs_capacity_providers = var.ecs_capacity_providers
  assign_public_ip       = var.assign_public_ip
  use_canary             = true
  canary_percentage      = 15
  # offline: made-up ids of us-east-1's default VPC (upstream: data sources in the module)
  offline_default_vpc_id     = "vpc-0e1a2b3c4d5e6f701"
  offline_default_subnet_ids = ["subnet-0e1a000000000a001", "subnet-0e1a000000000b001", "subnet-0e1a000000000c001"]

  providers = {
    aws = aws
  }
}

module "eu-west-1" {
  source                 = "./modules/ecs"
  ecs_cluster_name       = var.ecs_cluster_name
  ecs_capacity_providers = var.ecs_capacity_providers
  assign_public_ip       = var.assign_public_ip
  use_canary             = false
  canary_percentage      = 0
  # offline: made-up ids of eu-west-1's default VPC (upstream: data sources in the module)
  offline_default_vpc_id     = "vpc-0e0b2b3c4d5e6f702"
  offline_default_subnet_ids = ["subnet-0e0b000000000a002", "subnet-0e0b000000000b002", "subnet-0e0b000000000c002"]

  providers = {
    aws = aws.eu-west-1
  }
}
