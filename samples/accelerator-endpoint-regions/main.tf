# same-region-references on AWS Global Accelerator endpoint groups. An
# endpoint group is a set of endpoints in one region: its
# endpoint_group_region, or, where that is unset, its provider's region
# (the AWS provider creates it there). Every endpoint must be in it.
# - `east` sets us-east-1 and lists the us-east-1 load balancer: passes.
# - `west` leaves the region unset on the us-west-2 provider and lists
#   the us-west-2 load balancer: passes.
# - `eu` sets eu-west-1 but lists the us-east-1 load balancer (a copied
#   block): AWS refuses it, so the failover route the accelerator is meant
#   to give does not exist: fails. Before, endpoint groups were global and
#   no subjects, and explain gave a group its provider's region.
# Plan it with scripts/regen-samples.

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

provider "aws" {
  alias                       = "west"
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "eu"
  region                      = "eu-west-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

module "east" {
  source = "./modules/region"
  name   = "east"
}

module "west" {
  source    = "./modules/region"
  providers = { aws = aws.west }
  name      = "west"
}

module "eu" {
  source    = "./modules/region"
  providers = { aws = aws.eu }
  name      = "eu"
}

resource "aws_globalaccelerator_accelerator" "app" {
  provider        = aws.west
  name            = "app"
  ip_address_type = "IPV4"
  enabled         = true
}

resource "aws_globalaccelerator_listener" "https" {
  provider        = aws.west
  accelerator_arn = aws_globalaccelerator_accelerator.app.id
  protocol        = "TCP"
  port_range {
    from_port = 443
    to_port   = 443
  }
}

resource "aws_globalaccelerator_endpoint_group" "east" {
  provider              = aws.west
  listener_arn          = aws_globalaccelerator_listener.https.id
  endpoint_group_region = "us-east-1"
  endpoint_configuration {
    endpoint_id = module.east.lb_arn
    weight      = 100
  }
}

resource "aws_globalaccelerator_endpoint_group" "west" {
  provider     = aws.west
  listener_arn = aws_globalaccelerator_listener.https.id
  endpoint_configuration {
    endpoint_id = module.west.lb_arn
    weight      = 100
  }
}

resource "aws_globalaccelerator_endpoint_group" "eu" {
  provider              = aws.west
  listener_arn          = aws_globalaccelerator_listener.https.id
  endpoint_group_region = "eu-west-1"
  endpoint_configuration {
    endpoint_id = module.east.lb_arn
    weight      = 100
  }
}
