# Benchmark shape "aliases": ten provider aliases, one per region, each
# with a module call (a for_each over a map variable of services, one
# here) that uses that alias: queues, encrypted tables and buckets, keys, alarms and a
# security group per service and region. scripts/make-big-plan scales it
# by cloning the instances of every module called with for_each (the same
# new keys in every region, as a larger var.services would make). Plan it
# with scripts/regen-shapes.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  region                      = "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

variable "services" {
  type = map(object({ port = number }))
  default = {
    billing = { port = 8443 }
  }
}

provider "aws" {
  alias                       = "use1"
  region                      = "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "use2"
  region                      = "us-east-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "usw1"
  region                      = "us-west-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "usw2"
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "euw1"
  region                      = "eu-west-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "euw2"
  region                      = "eu-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "euc1"
  region                      = "eu-central-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "apse1"
  region                      = "ap-southeast-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "apne1"
  region                      = "ap-northeast-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "sae1"
  region                      = "sa-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

module "svc_use1" {
  source    = "./modules/region"
  for_each  = var.services
  providers = { aws = aws.use1 }
  name      = "${each.key}-use1"
  port      = each.value.port
}

module "svc_use2" {
  source    = "./modules/region"
  for_each  = var.services
  providers = { aws = aws.use2 }
  name      = "${each.key}-use2"
  port      = each.value.port
}

module "svc_usw1" {
  source    = "./modules/region"
  for_each  = var.services
  providers = { aws = aws.usw1 }
  name      = "${each.key}-usw1"
  port      = each.value.port
}

module "svc_usw2" {
  source    = "./modules/region"
  for_each  = var.services
  providers = { aws = aws.usw2 }
  name      = "${each.key}-usw2"
  port      = each.value.port
}

module "svc_euw1" {
  source    = "./modules/region"
  for_each  = var.services
  providers = { aws = aws.euw1 }
  name      = "${each.key}-euw1"
  port      = each.value.port
}

module "svc_euw2" {
  source    = "./modules/region"
  for_each  = var.services
  providers = { aws = aws.euw2 }
  name      = "${each.key}-euw2"
  port      = each.value.port
}

module "svc_euc1" {
  source    = "./modules/region"
  for_each  = var.services
  providers = { aws = aws.euc1 }
  name      = "${each.key}-euc1"
  port      = each.value.port
}

module "svc_apse1" {
  source    = "./modules/region"
  for_each  = var.services
  providers = { aws = aws.apse1 }
  name      = "${each.key}-apse1"
  port      = each.value.port
}

module "svc_apne1" {
  source    = "./modules/region"
  for_each  = var.services
  providers = { aws = aws.apne1 }
  name      = "${each.key}-apne1"
  port      = each.value.port
}

module "svc_sae1" {
  source    = "./modules/region"
  for_each  = var.services
  providers = { aws = aws.sae1 }
  name      = "${each.key}-sae1"
  port      = each.value.port
}
