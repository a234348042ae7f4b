# no-open-ingress on rules whose CIDR blocks come from a module input
# declared `sensitive = true` (here a partner's network): whether a rule
# is open to the world then depends on a value the plan marks sensitive,
# and which subjects a check has may not tell a secret. Each such rule is
# a subject whatever its CIDR (one its expect cannot pass is undecided,
# saying why); these pass, since their expect, which may read a secret,
# finds no 0.0.0.0/0. Every other query still reports (the check's
# `where` on the secret stopped the whole run, exit 2).
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  region                      = "eu-west-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_security_group" "app" {
  name   = "app"
  vpc_id = aws_vpc.main.id
}

module "rules" {
  source = "./modules/rules"
  sg     = aws_security_group.app.id
  cidrs  = ["203.0.113.0/24"]
}
