provider "aws" {
  region = "eu-west-1"

  # offline: mock keys and skip_* flags (planned with no AWS account)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

module "vpn_gateway" {
  source = "./modules/vpn-gateway" # offline: upstream "../../"

  vpn_gateway_id      = module.vpc.vgw_id
  customer_gateway_id = aws_customer_gateway.main.id

  vpc_id                       = module.vpc.vpc_id
  vpc_subnet_route_table_ids   = module.vpc.private_route_table_ids
  vpc_subnet_route_table_count = length(var.vpc_private_subnets)
  local_ipv4_network_cidr      = "0.0.0.0/0"
  remote_ipv4_network_cidr     = module.vpc.vpc_cidr_block

  tunnel1_log_options = {
    cloudwatch_log_options = {
      log_enabled       = true
      log_group_arn     = aws_cloudwatch_log_group.tunnel1_logs.arn
      log_output_format = "text"
    }
  }
  tunnel2_log_options = {
    cloudwatch_log_options = {
      log_enabled       = true
      log_group_arn     = aws_cloudwatch_log_group.tunnel2_logs.arn
      log_output_format = "text"
    }
  }
}

resource "aws_customer_gateway" "main" {
  bgp_asn    = 65000
  ip_address = "172.83.124.10"
  type       = "ipsec.1"

  tags = {
    Name = "complete-vpn-gateway"
  }
}

module "vpc" {
  source = "./modules/vpc" # offline: upstream "terraform-aws-modules/vpc/aws", version "~> 5.0"

  name = "complete-vpn-gateway"

  cidr = "10.10.0.0/16"

  azs             = ["eu-west-1a", "eu-west-1b", "eu-west-1c"]
  public_subnets  = ["10.10.1.0/24", "10.10.2.0/24", "10.10.3.0/24"]
  private_subnets = var.vpc_private_subnets

  enable_nat_gateway = false

  enable_vpn_gateway = true

  tags = {
    Owner       = "user"
    Environment = "staging"
    Name        = "complete"
  }
}

resource "aws_cloudwatch_log_group" "tunnel1_logs" {
  name              = "complete-vpn-tunnel1-logs"
  retention_in_days = 7
}

resource "aws_cloudwatch_log_group" "tunnel2_logs" {
  name              = "complete-vpn-tunnel2-logs"
  retention_in_days = 7
}
