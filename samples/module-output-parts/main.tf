# References to a part of a module output that holds several objects:
# `module.vpc.subnet_ids["public"]` of a map of the public and private
# subnets, `module.checks.ids[0]` of a counted module's list. Plan JSON
# gives the whole output's references, not which of them the part holds,
# so each is one the part may hold ("one of several"); they were linked
# for sure, and correct designs failed:
# - aws_lb.web on the public subnets failed lb-public-subnets for the
#   private ones: unknown;
# - aws_lambda_function.worker on the private subnets failed
#   private-subnet-egress for the public ones: unknown;
# - aws_lambda_function.stranded on one of the public subnets (none of
#   which routes to a NAT gateway) still fails: whichever it is in has no
#   egress;
# - the failover records, each with a check of its own endpoint picked by
#   index, failed health-check-meaningful ("the check of both records,
#   failover never happens"): unknown;
# - aws_lb.all_public on the whole list of public subnets passes;
# - the failover records of api, each with a check picked by index from a
#   local list of a counted resource's ids: unknown without the graph
#   (plan JSON does not describe locals), and they failed with
#   --tf-graph, which links the local to every instance: unknown.
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

module "vpc" {
  source = "./modules/vpc"
}

module "checks" {
  source = "./modules/checks"
  fqdns  = ["use1.origin.acme-corp.net", "usw2.origin.acme-corp.net"]
}

resource "aws_lb" "web" {
  name               = "web"
  internal           = false
  load_balancer_type = "application"
  subnets            = module.vpc.subnet_ids["public"]
}

resource "aws_lb" "all_public" {
  name               = "all-public"
  internal           = false
  load_balancer_type = "application"
  subnets            = module.vpc.public_subnet_ids
}

resource "aws_lambda_function" "worker" {
  function_name = "worker"
  role          = "arn:aws:iam::123456789012:role/worker"
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = "worker.zip"
  vpc_config {
    subnet_ids         = module.vpc.subnet_ids["private"]
    security_group_ids = ["sg-0123456789abcdef0"]
  }
}

resource "aws_lambda_function" "stranded" {
  function_name = "stranded"
  role          = "arn:aws:iam::123456789012:role/stranded"
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = "stranded.zip"
  vpc_config {
    subnet_ids         = [module.vpc.public_subnet_ids[0]]
    security_group_ids = ["sg-0123456789abcdef0"]
  }
}

resource "aws_route53_record" "primary" {
  zone_id         = "Z0123456789ABCDEFGHIJ"
  name            = "app.acme-corp.net"
  type            = "CNAME"
  ttl             = 60
  records         = ["use1.origin.acme-corp.net"]
  set_identifier  = "use1"
  health_check_id = module.checks.ids[0]
  failover_routing_policy {
    type = "PRIMARY"
  }
}

resource "aws_route53_record" "secondary" {
  zone_id         = "Z0123456789ABCDEFGHIJ"
  name            = "app.acme-corp.net"
  type            = "CNAME"
  ttl             = 60
  records         = ["usw2.origin.acme-corp.net"]
  set_identifier  = "usw2"
  health_check_id = module.checks.ids[1]
  failover_routing_policy {
    type = "SECONDARY"
  }
}

resource "aws_route53_health_check" "api" {
  count             = 2
  fqdn              = ["api-use1.acme-corp.net", "api-usw2.acme-corp.net"][count.index]
  port              = 443
  type              = "HTTPS"
  resource_path     = "/health"
  failure_threshold = 3
  request_interval  = 30
}

locals {
  api_checks = aws_route53_health_check.api[*].id
}

resource "aws_route53_record" "api_primary" {
  zone_id         = "Z0123456789ABCDEFGHIJ"
  name            = "api.acme-corp.net"
  type            = "CNAME"
  ttl             = 60
  records         = ["api-use1.acme-corp.net"]
  set_identifier  = "use1"
  health_check_id = local.api_checks[0]
  failover_routing_policy {
    type = "PRIMARY"
  }
}

resource "aws_route53_record" "api_secondary" {
  zone_id         = "Z0123456789ABCDEFGHIJ"
  name            = "api.acme-corp.net"
  type            = "CNAME"
  ttl             = 60
  records         = ["api-usw2.acme-corp.net"]
  set_identifier  = "usw2"
  health_check_id = local.api_checks[1]
  failover_routing_policy {
    type = "SECONDARY"
  }
}
