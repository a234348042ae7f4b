locals { offline_data_aws_route53_zone_opg_service_justice_gov_uk = { zone_id = "Z03d7ebace879f95a6", id = "Z03d7ebace879f95a6", name = "opg.service.justice.gov.uk", arn = "arn:aws:route53:::hostedzone/Z03d7ebace879f95a6" } } # offline: was data "aws_route53_zone" "opg_service_justice_gov_uk" (provider aws.management), needs the AWS API




locals { offline_data_aws_route53_zone_live_service_use_lasting_power_of_attorney = { zone_id = "Z0a002e5323ed45cb1", id = "Z0a002e5323ed45cb1", name = "use-lasting-power-of-attorney.service.gov.uk", arn = "arn:aws:route53:::hostedzone/Z0a002e5323ed45cb1" } } # offline: was data "aws_route53_zone" "live_service_use_lasting_power_of_attorney" (provider aws.management), needs the AWS API




locals { offline_data_aws_route53_zone_live_service_view_lasting_power_of_attorney = { zone_id = "Z0f63f5e68176843bb", id = "Z0f63f5e68176843bb", name = "view-lasting-power-of-attorney.service.gov.uk", arn = "arn:aws:route53:::hostedzone/Z0f63f5e68176843bb" } } # offline: was data "aws_route53_zone" "live_service_view_lasting_power_of_attorney" (provider aws.management), needs the AWS API




resource "aws_service_discovery_private_dns_namespace" "internal_ecs" {
  name = "${var.environment_name}.ual.internal.ecs"
  vpc  = data.aws_default_tags.current.tags.account-name != "production" ? local.offline_data_aws_vpc_main.id : local.offline_data_aws_vpc_default.id

  provider = aws.region
}

module "public_facing_view_lasting_power_of_attorney" {
  source = "./modules/dns"

  dns_namespace_env          = var.dns_namespace_env
  is_active_region           = local.is_active_region
  current_region             = data.aws_region.current.name
  zone_id                    = local.offline_data_aws_route53_zone_live_service_view_lasting_power_of_attorney.zone_id
  loadbalancer               = aws_lb.viewer
  dns_name                   = local.offline_data_aws_route53_zone_live_service_view_lasting_power_of_attorney.name
  environment_name           = var.environment_name
  create_block_email_records = true

  providers = {
    aws.us-east-1  = aws.us-east-1
    aws.management = aws.management
  }
}

module "viewer_use_my_lpa" {
  source = "./modules/dns"

  dns_namespace_env          = var.dns_namespace_env
  is_active_region           = local.is_active_region
  current_region             = data.aws_region.current.name
  zone_id                    = local.offline_data_aws_route53_zone_opg_service_justice_gov_uk.zone_id
  loadbalancer               = aws_lb.viewer
  dns_name                   = "view.lastingpowerofattorney"
  service_name               = "viewer"
  create_alarm               = true
  create_health_check        = true
  environment_name           = var.environment_name
  create_block_email_records = true

  providers = {
    aws.us-east-1  = aws.us-east-1
    aws.management = aws.management
  }
}

module "public_facing_use_lasting_power_of_attorney" {
  source = "./modules/dns"

  dns_namespace_env          = var.dns_namespace_env
  is_active_region           = local.is_active_region
  current_region             = data.aws_region.current.name
  zone_id                    = local.offline_data_aws_route53_zone_live_service_use_lasting_power_of_attorney.zone_id
  dns_name                   = local.offline_data_aws_route53_zone_live_service_use_lasting_power_of_attorney.name
  loadbalancer               = aws_lb.use
  environment_name           = var.environment_name
  create_block_email_records = true

  providers = {
    aws.us-east-1  = aws.us-east-1
    aws.management = aws.management
  }
}

module "actor_use_my_lpa" {
  source = "./modules/dns"

  dns_namespace_env          = var.dns_namespace_env
  is_active_region           = local.is_active_region
  current_region             = data.aws_region.current.name
  zone_id                    = local.offline_data_aws_route53_zone_opg_service_justice_gov_uk.zone_id
  loadbalancer               = aws_lb.use
  dns_name                   = "use.lastingpowerofattorney"
  service_name               = "actor"
  create_alarm               = true
  create_health_check        = true
  environment_name           = var.environment_name
  create_block_email_records = true

  providers = {
    aws.us-east-1  = aws.us-east-1
    aws.management = aws.management
  }
}

module "admin_use_my_lpa" {
  source = "./modules/dns"

  dns_namespace_env          = var.dns_namespace_env
  is_active_region           = local.is_active_region
  current_region             = data.aws_region.current.name
  zone_id                    = local.offline_data_aws_route53_zone_opg_service_justice_gov_uk.zone_id
  loadbalancer               = aws_lb.admin
  service_name               = "admin"
  dns_name                   = "admin.lastingpowerofattorney"
  environment_name           = var.environment_name
  create_block_email_records = true

  providers = {
    aws.us-east-1  = aws.us-east-1
    aws.management = aws.management
  }
}

module "mock_onelogin_use_my_lpa" {
  count  = var.mock_onelogin_enabled ? 1 : 0
  source = "./modules/dns"

  dns_namespace_env          = var.dns_namespace_env
  is_active_region           = local.is_active_region
  current_region             = data.aws_region.current.name
  zone_id                    = local.offline_data_aws_route53_zone_opg_service_justice_gov_uk.zone_id
  loadbalancer               = aws_lb.mock_onelogin[0]
  service_name               = "mock-onelogin"
  dns_name                   = "mol.lastingpowerofattorney"
  environment_name           = var.environment_name
  create_block_email_records = true

  providers = {
    aws.us-east-1  = aws.us-east-1
    aws.management = aws.management
  }
}
