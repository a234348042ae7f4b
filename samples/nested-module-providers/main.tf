# Regions through nested modules: the root hands each of two module calls
# its regional provider (`providers = { aws = aws.east }`), and that module
# calls b, which calls c, inheriting it. Terraform writes the provider of
# the VPC in module.net_east as "aws.east", but that of c's route table as
# "module.net_east.module.b.module.c:aws", a key with no configuration.
# Before, such a key fell to the root's default provider, which sets no
# region: the route tables were unknown, and the evidence of both regions
# disagreed (as on a probed landing zone: 0 of 36 regions). Now the nearest
# ancestor whose own resources name one provider configuration says which
# it inherits: each route table is in its VPC's region.
# Plan it with scripts/regen-samples.
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}
provider "aws" {
  alias                       = "east"
  region                      = "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
provider "aws" {
  alias                       = "london"
  region                      = "eu-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
module "net_east" {
  source    = "./net"
  providers = { aws = aws.east }
  cidr      = "10.0.0.0/16"
}
module "net_london" {
  source    = "./net"
  providers = { aws = aws.london }
  cidr      = "10.1.0.0/16"
}
