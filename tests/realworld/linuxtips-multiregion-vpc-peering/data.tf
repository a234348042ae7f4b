locals { # offline: was data "aws_ssm_parameter" "vpc" (SSM API, default provider = var.region): the VPC id the
  offline_ssm_vpc_value = "vpc-0a1b2c3d4e5f60718" # us-east-1 deployment root stored there (10.0.0.0/16)
}

locals { # offline: was data "aws_ssm_parameter" "vpc_peer" (SSM API, provider aws.peer = var.region_peer): the VPC id
  offline_ssm_vpc_peer_value = "vpc-0f9e8d7c6b5a40312" # the sa-east-1 deployment root stored there (172.16.0.0/16)
  # offline: name = var.vpc_ssm_peer
}

locals { # offline: was data "aws_caller_identity" "current" (STS)
  offline_account_id_current = "123456789012"

}

locals { # offline: was data "aws_caller_identity" "peer" (STS, provider aws.peer): same account
  offline_account_id_peer = "123456789012"
}