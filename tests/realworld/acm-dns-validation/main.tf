locals {
  # Use existing (via data source) or create new zone (will fail validation, if zone is not reachable)
  use_existing_route53_zone = var.use_existing_route53_zone

  domain       = var.domain
  extra_domain = var.extra_domain

  # Removing trailing dot from domain - just to be sure :)
  domain_name = trimsuffix(local.domain, ".")

  zone_id = try(local.offline_zone_id_this, aws_route53_zone.this[0].zone_id) # offline: was data.aws_route53_zone.this[0].zone_id

  # offline: the two existing public zones that data "aws_route53_zone" "this"
  # and "extra" looked up (Route 53 calls) are literal zone ids
  offline_zone_id_this  = "Z0OFFLINETHIS00000001"
  offline_zone_id_extra = "Z0OFFLINEEXTRA0000002"
}

# offline: a default provider block added (upstream has none: the region
# comes from the environment, ENV), with mock keys and skip_* flags
provider "aws" {
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
  skip_requesting_account_id  = true
}

##########################################################
# Example 1 (default case):
# Using one AWS provider for both ACM and Route53 records
##########################################################

# offline: data "aws_route53_zone" "this" (count 1: use_existing_route53_zone
# defaults to true) removed; its zone_id is local.offline_zone_id_this

resource "aws_route53_zone" "this" {
  count = !local.use_existing_route53_zone ? 1 : 0

  name = local.domain_name
}

module "acm" {
  source = "./modules/acm"

  providers = {
    aws.acm = aws,
    aws.dns = aws
  }

  domain_name = local.domain_name
  zone_id     = local.zone_id

  subject_alternative_names = [
    "*.alerts.${local.domain_name}",
    "new.sub.${local.domain_name}",
    "*.${local.domain_name}",
    "alerts.${local.domain_name}",
  ]

  validation_method = "DNS"

  tags = {
    Name = local.domain_name
  }
}

################################################################
# Example 2:
# Using separate AWS providers for ACM and Route53 records.
# Useful when these resources belong to different AWS accounts.
################################################################

provider "aws" {
  alias = "route53"

  # offline: mock keys and skip_* flags
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
  skip_requesting_account_id  = true
}

provider "aws" {
  alias = "acm"

  # offline: mock keys and skip_* flags
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
  skip_requesting_account_id  = true
}

module "acm_only" {
  source = "./modules/acm"

  providers = {
    aws = aws.acm
  }

  domain_name = local.domain_name
  subject_alternative_names = [
    "*.alerts.separated.${local.domain_name}",
    "new.sub.separated.${local.domain_name}",
    "*.separated.${local.domain_name}",
    "alerts.separated.${local.domain_name}",
  ]

  create_route53_records  = false
  validation_method       = "DNS"
  validation_record_fqdns = module.route53_records_only.validation_route53_record_fqdns
}

module "route53_records_only" {
  source = "./modules/acm"

  providers = {
    aws = aws.route53
  }

  create_certificate          = false
  create_route53_records_only = true
  validation_method           = "DNS"

  zone_id               = local.zone_id
  distinct_domain_names = module.acm_only.distinct_domain_names

  acm_certificate_domain_validation_options = module.acm_only.acm_certificate_domain_validation_options
}

###############################################################################
# Example 3:
# Single certificate with multiple domains from different Route53 hosted zones.
# Useful when using the certificate for CloudFront, which only support a
# single certificate per distribution.
###############################################################################

# offline: data "aws_route53_zone" "extra" removed; its zone_id is
# local.offline_zone_id_extra

resource "aws_route53_zone" "extra" {
  count = !local.use_existing_route53_zone ? 1 : 0

  name = local.extra_domain
}

module "acm_multi_domain" {
  source = "./modules/acm"

  domain_name = local.domain_name
  zone_id     = local.zone_id

  subject_alternative_names = [
    "*.alerts.${local.domain_name}",
    "new.sub.${local.domain_name}",
    local.extra_domain,
    "*.alerts.${local.extra_domain}",
    "new.sub.${local.extra_domain}",
  ]

  validation_method = "DNS"

  zones = {
    (local.extra_domain)            = try(local.offline_zone_id_extra, aws_route53_zone.extra[0].zone_id),
    "alerts.${local.extra_domain}"  = try(local.offline_zone_id_extra, aws_route53_zone.extra[0].zone_id),
    "new.sub.${local.extra_domain}" = try(local.offline_zone_id_extra, aws_route53_zone.extra[0].zone_id)
  }
}
