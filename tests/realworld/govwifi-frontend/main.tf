# offline: this root is plangraph's, not upstream's. It holds the two calls
# of govwifi-frontend in upstream's staging root (govwifi/staging/london.tf
# `module "london_frontend"`, dublin.tf `module "dublin_frontend"`), with
# that root's locals and provider blocks (main.tf, locals.tf, london.tf,
# dublin.tf). Inputs upstream takes from the root's other modules and data
# sources (backend, API, admin, notifications, prometheus; the hosted zone,
# the account id, the image path secret) are literals here, each marked
# `offline` (SOURCE.md).

terraform {
  # offline: upstream's `required_version = "~> 1.9.6"` and `backend "s3"`
  # (govwifi/staging/main.tf:1-16) left out
  required_providers {
    aws = {
      source = "hashicorp/aws"
    }
  }
}

variable "ssh_key_name" { # govwifi/staging/variables.tf:1-4
  type    = string
  default = "staging-ec2-instances-20200717"
}

locals { # govwifi/staging/locals.tf:1-8
  env_name      = "staging"
  env_subdomain = "staging.wifi" # Environment specific subdomain to use under the service domain
  env           = "staging"
  product_name  = "GovWifi"

  backup_mysql_rds = true
}

locals {
  aws_account_id = "123456789012" # offline: was data.aws_caller_identity.current.account_id (govwifi/staging/locals.tf:11)
}

locals {
  docker_image_path = "123456789012.dkr.ecr.eu-west-2.amazonaws.com/govwifi" # offline: was the secret deploy/docker_image_path's "path" (govwifi/staging/locals.tf:15)
}

locals { # govwifi/staging/locals.tf:18-23
  frontend_radius_ips = concat(
    module.london_frontend.eip_public_ips,
    module.dublin_frontend.eip_public_ips
  )
}

locals {
  zone_id = "Z0123456789ABCDEFGHIJ" # offline: was data.aws_route53_zone.main.zone_id (govwifi/staging/data.tf:2-4, staging.wifi.service.gov.uk.)
}

locals { # govwifi/staging/london.tf:1-5
  london_aws_region             = "eu-west-2"
  london_aws_region_name        = "London"
  london_backend_vpc_cidr_block = "10.106.0.0/16"
}

locals { # govwifi/staging/dublin.tf:1-6
  dublin_aws_region      = "eu-west-1"
  dublin_aws_region_name = "Dublin"

  dublin_frontend_vpc_cidr_block = "10.105.0.0/16"
}

provider "aws" { # govwifi/staging/main.tf:18-27
  alias  = "us_east_1"
  region = "us-east-1"

  default_tags {
    tags = {
      Environment = title(local.env_name)
    }
  }

  # offline: mock credentials and skip flags (not upstream)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

provider "aws" { # govwifi/staging/london.tf:7-20
  alias  = "london"
  region = local.london_aws_region

  default_tags {
    tags = {
      Environment = title(local.env_name)
    }
  }
  /* As tags are computed, terraform always thinks have checked, re: issue https://github.com/hashicorp/terraform-provider-aws/issues/18311#issuecomment-1544330448 */
  ignore_tags {
    keys = ["Environment", "Staging"]
  }

  # offline: mock credentials and skip flags (not upstream)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

provider "aws" { # govwifi/staging/dublin.tf:8-21
  alias  = "dublin"
  region = local.dublin_aws_region

  default_tags {
    tags = {
      Environment = title(local.env_name)
    }
  }
  /* As tags are computed, terraform always thinks have checked, re: issue https://github.com/hashicorp/terraform-provider-aws/issues/18311#issuecomment-1544330448 */
  ignore_tags {
    keys = ["Environment", "Staging"]
  }

  # offline: mock credentials and skip flags (not upstream)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

module "london_frontend" { # govwifi/staging/london.tf:95-154
  providers = {
    aws           = aws.london
    aws.us_east_1 = aws.us_east_1
  }

  source         = "./modules/govwifi-frontend" # offline: was "../../govwifi-frontend"
  env_name       = local.env_name
  env_subdomain  = local.env_subdomain
  env            = local.env
  aws_account_id = local.aws_account_id

  # AWS VPC setup -----------------------------------------
  # LONDON
  aws_region = local.london_aws_region

  aws_region_name    = local.london_aws_region_name
  route53_zone_id    = local.zone_id # offline: was data.aws_route53_zone.main.zone_id
  vpc_cidr_block     = "10.102.0.0/16"
  rack_env           = "staging"
  sentry_current_env = "staging"

  backend_vpc_id = "vpc-0a1b2c3d4e5f60106" # offline: was module.london_backend.backend_vpc_id

  # Instance-specific setup -------------------------------
  radius_instance_count      = 3
  enable_detailed_monitoring = false

  # eg. dns records are generated for radius(N).x.service.gov.uk
  # where N = this base + 1 + server#
  dns_numbering_base = 3

  ami                   = "ami-2218f945"
  ssh_key_name          = var.ssh_key_name
  frontend_docker_image = format("%s/frontend:staging", local.docker_image_path)
  raddb_docker_image    = format("%s/raddb:staging", local.docker_image_path)
  create_ecr            = 1

  admin_app_data_s3_bucket_name = "govwifi-staging-admin-app-data" # offline: was module.london_admin.app_data_s3_bucket_name

  logging_api_base_url = "https://api-elb.london.staging.wifi.service.gov.uk:8443" # offline: was module.london_api.api_base_url
  auth_api_base_url    = "https://api-elb.london.staging.wifi.service.gov.uk:8443" # offline: was module.london_api.api_base_url

  authentication_api_internal_dns_name = "internal-authentication-api-london.eu-west-2.elb.amazonaws.com" # offline: was module.london_api.authentication_api_internal_dns_name
  logging_api_internal_dns_name        = "internal-logging-api-london.eu-west-2.elb.amazonaws.com"        # offline: was one(module.london_api.logging_api_internal_dns_name)

  pagerduty_notifications_arn = "arn:aws:sns:eu-west-2:123456789012:govwifi-staging-london-capacity" # offline: was module.london_notifications.topic_arn
  critical_notifications_arn  = "arn:aws:sns:eu-west-2:123456789012:govwifi-staging-london-critical" # offline: was module.london_critical_notifications.topic_arn

  bastion_server_ip = "203.0.113.10" # offline: was module.london_backend.bastion_public_ip

  prometheus_ip_london  = "203.0.113.20" # offline: was module.london_prometheus.eip_public_ip
  prometheus_ip_ireland = "203.0.113.20" # offline: was module.london_prometheus.eip_public_ip

  prometheus_security_group_id = "sg-0a1b2c3d4e5f60001" # offline: was module.london_prometheus.prometheus_security_group_id

  radius_cidr_blocks = [for ip in local.frontend_radius_ips : "${ip}/32"]

  london_backend_vpc_cidr = local.london_backend_vpc_cidr_block # offline: was module.london_backend.vpc_cidr_block (that module's vpc_cidr_block input, london.tf:53)
}

module "dublin_frontend" { # govwifi/staging/dublin.tf:185-250
  providers = {
    aws           = aws.dublin
    aws.us_east_1 = aws.us_east_1
  }

  aws_account_id = local.aws_account_id

  source        = "./modules/govwifi-frontend" # offline: was "../../govwifi-frontend"
  env_name      = local.env_name
  env_subdomain = local.env_subdomain
  env           = local.env

  # AWS VPC setup -----------------------------------------
  aws_region         = local.dublin_aws_region
  aws_region_name    = local.dublin_aws_region_name
  route53_zone_id    = local.zone_id # offline: was data.aws_route53_zone.main.zone_id
  vpc_cidr_block     = local.dublin_frontend_vpc_cidr_block
  rack_env           = "staging"
  sentry_current_env = "staging"

  backend_vpc_id = "vpc-0a1b2c3d4e5f60104" # offline: was module.dublin_backend.backend_vpc_id

  # Instance-specific setup -------------------------------
  radius_instance_count      = 3
  enable_detailed_monitoring = false

  # eg. dns records are generated for radius(N).x.service.gov.uk
  # where N = this base + 1 + server#
  dns_numbering_base = 0

  ami          = "ami-2d386654"
  ssh_key_name = var.ssh_key_name

  frontend_docker_image = format(
    "%s/frontend:staging",
    replace(local.docker_image_path, local.london_aws_region, local.dublin_aws_region)
  )

  raddb_docker_image = format(
    "%s/raddb:staging",
    replace(local.docker_image_path, local.london_aws_region, local.dublin_aws_region)
  )

  admin_app_data_s3_bucket_name = "govwifi-staging-admin-app-data-replica" # offline: was module.london_admin.replica_app_data_s3_bucket_name

  logging_api_base_url = "https://api-elb.london.staging.wifi.service.gov.uk:8443" # offline: was module.london_api.api_base_url
  auth_api_base_url    = "https://api-elb.dublin.staging.wifi.service.gov.uk:8443" # offline: was module.dublin_api.api_base_url

  authentication_api_internal_dns_name = "internal-authentication-api-dublin.eu-west-1.elb.amazonaws.com" # offline: was module.dublin_api.authentication_api_internal_dns_name
  logging_api_internal_dns_name        = "internal-logging-api-london.eu-west-2.elb.amazonaws.com"        # offline: was one(module.london_api.logging_api_internal_dns_name)

  pagerduty_notifications_arn = "arn:aws:sns:eu-west-1:123456789012:govwifi-staging-dublin-capacity" # offline: was module.dublin_notifications.topic_arn
  critical_notifications_arn  = "arn:aws:sns:eu-west-1:123456789012:govwifi-staging-dublin-capacity" # offline: was module.dublin_notifications.topic_arn

  bastion_server_ip = "203.0.113.10" # offline: was module.london_backend.bastion_public_ip

  prometheus_ip_london  = "203.0.113.20" # offline: was module.london_prometheus.eip_public_ip
  prometheus_ip_ireland = "203.0.113.20" # offline: was module.london_prometheus.eip_public_ip

  prometheus_security_group_id = "sg-0a1b2c3d4e5f60002" # offline: was module.dublin_prometheus.prometheus_security_group_id

  radius_cidr_blocks = [for ip in local.frontend_radius_ips : "${ip}/32"]

  london_backend_vpc_cidr = local.london_backend_vpc_cidr_block # offline: was module.london_backend.vpc_cidr_block
}
