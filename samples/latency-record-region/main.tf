# same-region-references on latency records: a latency record's region is
# its target's, and Route 53 answers the users nearest that region with
# it. module.secondary is called without `providers`, so the standby
# stack is made in us-east-1 with the default provider; the eu-west-1
# provider is declared and used by nothing.
# - the eu-west-1 record points at module.secondary's load balancer, in
#   us-east-1: fails, and says the plan makes nothing in eu-west-1;
# - the us-east-1 record points at module.primary's load balancer: passes.
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
  alias                       = "eu"
  region                      = "eu-west-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

module "primary" {
  source = "./modules/web"
  cidr   = "10.0.0.0/16"
}

module "secondary" {
  source = "./modules/web"
  cidr   = "10.1.0.0/16"
}

resource "aws_route53_record" "primary" {
  zone_id        = "Z0123456789ABCDEFGHIJ"
  name           = "app.example.net"
  type           = "A"
  set_identifier = "us-east-1"
  latency_routing_policy {
    region = "us-east-1"
  }
  alias {
    name                   = module.primary.lb_dns_name
    zone_id                = module.primary.lb_zone_id
    evaluate_target_health = true
  }
}

resource "aws_route53_record" "secondary" {
  zone_id        = "Z0123456789ABCDEFGHIJ"
  name           = "app.example.net"
  type           = "A"
  set_identifier = "eu-west-1"
  latency_routing_policy {
    region = "eu-west-1"
  }
  alias {
    name                   = module.secondary.lb_dns_name
    zone_id                = module.secondary.lb_zone_id
    evaluate_target_health = true
  }
}
