locals { # offline: was data "aws_api_gateway_domain_name" "primary" (API Gateway API, default provider = var.region): the regional name and zone of the domain the deployment root made there
  offline_apigw_domain_primary = { regional_domain_name = "d-a1b2c3d4e5.execute-api.${var.region}.amazonaws.com", regional_zone_id = "Z1UJRXOUMOOFQ8" } # the us-east-1 API Gateway zone
}

locals { # offline: was data "aws_api_gateway_domain_name" "secondary" (provider aws.secondary = var.region_secondary)
  offline_apigw_domain_secondary = { regional_domain_name = "d-f6g7h8i9j0.execute-api.${var.region_secondary}.amazonaws.com", regional_zone_id = "ZCMLWB8V5SYIT" } # the sa-east-1 API Gateway zone
  # offline: domain_name = var.api_dns_name
}