locals { # offline: was data "aws_ssm_parameter" "primary" (SSM API, default provider = region_primary); the value
  offline_ssm_primary_value = "arn:aws:elasticloadbalancing:${var.region_primary}:123456789012:loadbalancer/net/sales-cluster-vpc-link/0a1b2c3d4e5f6a7b" # the NLB ARN it holds
}

locals { # offline: was data "aws_ssm_parameter" "secondary" (SSM API, provider aws.secondary = region_secondary)
  offline_ssm_secondary_value = "arn:aws:elasticloadbalancing:${var.region_secondary}:123456789012:loadbalancer/net/sales-cluster-vpc-link/1b2c3d4e5f6a7b8c" # the NLB ARN it holds
  # offline: name = var.nlb_arn_secondary_ssm
}