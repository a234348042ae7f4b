# same-region-references on private hosted zone associations: Route 53
# looks an association's VPC up in its vpc_region, the provider's own
# region when unset.
# - aws_route53_zone_association.west_default (us-east-1 provider) names
#   the us-west-2 VPC without vpc_region: fails (it was no subject, Route
#   53 being global), and the zone never resolves in us-west-2;
# - aws_route53_zone_association.west sets vpc_region = "us-west-2":
#   passes.
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

resource "aws_vpc" "east" {
  cidr_block           = "10.0.0.0/16"
  enable_dns_support   = true
  enable_dns_hostnames = true
}

resource "aws_vpc" "west" {
  provider             = aws.west
  cidr_block           = "10.1.0.0/16"
  enable_dns_support   = true
  enable_dns_hostnames = true
}

resource "aws_route53_zone" "db" {
  name = "db.internal"

  vpc {
    vpc_id = aws_vpc.east.id
  }

  lifecycle {
    ignore_changes = [vpc]
  }
}

resource "aws_route53_zone" "app" {
  name = "app.internal"

  vpc {
    vpc_id = aws_vpc.east.id
  }

  lifecycle {
    ignore_changes = [vpc]
  }
}

resource "aws_route53_zone_association" "west_default" {
  zone_id = aws_route53_zone.db.zone_id
  vpc_id  = aws_vpc.west.id
}

resource "aws_route53_zone_association" "west" {
  zone_id    = aws_route53_zone.app.zone_id
  vpc_id     = aws_vpc.west.id
  vpc_region = "us-west-2"
}
