locals { offline_aws_caller_identity_current = { account_id = "481768428259" } } # offline: was data "aws_caller_identity" "current" {} (STS); the account is upstream's (.github/workflows/multiregion.yml AWS_ACCOUNT)

locals { # offline: the six data "aws_ssm_parameter" of upstream (vpc, subnet_1..3, alb, listener; lines 3-25) read, in var.region, parameters that other repositories of the course
  # offline: write (the VPC root: /linuxtips-multiregion/vpc/..., the ECS cluster root: /sales-cluster/lb/internal/...). Each becomes local.offline_aws_ssm_parameter_<name>
  # offline: with a plausible literal value of that region (picked by var.region, which stays the tfvars'), sensitive() as the data source's `value` is
  offline_ssm_by_region = {
    us-east-1 = {
      vpc      = "vpc-0c6d1f4e2a9b83a51"
      subnet_1 = "subnet-0a4f3c2e91d7b6a01"
      subnet_2 = "subnet-0b5e4d3f82c8a7b12"
      subnet_3 = "subnet-0c6f5e4a73b9c8d23"
      alb      = "arn:aws:elasticloadbalancing:us-east-1:481768428259:loadbalancer/app/sales-cluster-internal/4c2f3a7d1e9b8f60"
      listener = "arn:aws:elasticloadbalancing:us-east-1:481768428259:listener/app/sales-cluster-internal/4c2f3a7d1e9b8f60/7e1d5c3b9a2f4e81"
    }
    sa-east-1 = {
      vpc      = "vpc-07b2e9c4d1a6f3e85"
      subnet_1 = "subnet-0d7a6b5c94e1f2a34"
      subnet_2 = "subnet-0e8b7c6d15f2a3b45"
      subnet_3 = "subnet-0f9c8d7e26a3b4c56"
      alb      = "arn:aws:elasticloadbalancing:sa-east-1:481768428259:loadbalancer/app/sales-cluster-internal/9a3e6b1c5d2f7a40"
      listener = "arn:aws:elasticloadbalancing:sa-east-1:481768428259:listener/app/sales-cluster-internal/9a3e6b1c5d2f7a40/2b8f4d6a1c3e5f97"
    }
  }
  offline_aws_ssm_parameter_vpc      = { value = sensitive(local.offline_ssm_by_region[var.region].vpc) }
  offline_aws_ssm_parameter_subnet_1 = { value = sensitive(local.offline_ssm_by_region[var.region].subnet_1) }
  offline_aws_ssm_parameter_subnet_2 = { value = sensitive(local.offline_ssm_by_region[var.region].subnet_2) }
  offline_aws_ssm_parameter_subnet_3 = { value = sensitive(local.offline_ssm_by_region[var.region].subnet_3) }
  offline_aws_ssm_parameter_alb      = { value = sensitive(local.offline_ssm_by_region[var.region].alb) }
  offline_aws_ssm_parameter_listener = { value = sensitive(local.offline_ssm_by_region[var.region].listener) }
}
