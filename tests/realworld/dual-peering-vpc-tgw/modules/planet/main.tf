# offline: data "aws_availability_zones" "all" (EC2 at plan time) -> var.azs
# (variables.tf); data "aws_subnet_ids" "selected" (the private subnets of
# the first zone; the data source was removed in hashicorp/aws 5.0) -> the
# list in compute.tf (module "compute_linux", subnet_ids)

module "vpc" {
  source = "../terraform-aws-vpc" # offline: was the registry's "terraform-aws-modules/vpc/aws" (unpinned); v5.21.0

  name = "${var.name}-vpc"
  cidr = var.vpc_cidr

  azs = var.azs # offline: was data.aws_availability_zones.all.names
  private_subnets = [
    cidrsubnet(var.vpc_cidr, 4, 0), cidrsubnet(var.vpc_cidr, 4, 1), cidrsubnet(var.vpc_cidr, 4, 2),
    cidrsubnet(var.vpc_cidr, 4, 3), cidrsubnet(var.vpc_cidr, 4, 4), cidrsubnet(var.vpc_cidr, 4, 5)
  ]
  private_subnet_tags = { "Tier" : "private" }
  public_subnets      = [cidrsubnet(var.vpc_cidr, 4, 6), cidrsubnet(var.vpc_cidr, 4, 7), cidrsubnet(var.vpc_cidr, 4, 8)]

  enable_ipv6                                    = true
  private_subnet_ipv6_prefixes                   = range(6)
  private_subnet_assign_ipv6_address_on_creation = true

  enable_nat_gateway   = true
  single_nat_gateway   = true
  enable_vpn_gateway   = false
  enable_dns_hostnames = true

  tags = var.tags
}
