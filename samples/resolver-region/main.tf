# same-region-references on Route 53 Resolver, a regional service (its
# endpoints live in a region's VPC subnets): a hub's DNS resources copied
# for a second region that kept the first region's provider.
# - aws_route53_resolver_endpoint.west_outbound (us-east-1) names
#   us-west-2 subnets and security group: fails;
# - aws_route53_resolver_rule_association.west (us-east-1) names the
#   us-west-2 VPC: fails;
# - the east endpoint and association, all in us-east-1, pass.
# Both were no subjects: Resolver was taken for global, as Route 53 is.
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
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "east" {
  for_each          = { a = "10.0.0.0/24", b = "10.0.1.0/24" }
  vpc_id            = aws_vpc.east.id
  cidr_block        = each.value
  availability_zone = "us-east-1${each.key}"
}

resource "aws_security_group" "east_dns" {
  vpc_id = aws_vpc.east.id
}

resource "aws_route53_resolver_endpoint" "east_outbound" {
  name               = "east-outbound"
  direction          = "OUTBOUND"
  security_group_ids = [aws_security_group.east_dns.id]
  ip_address { subnet_id = aws_subnet.east["a"].id }
  ip_address { subnet_id = aws_subnet.east["b"].id }
}

resource "aws_route53_resolver_rule" "east_fwd" {
  domain_name          = "corp.internal"
  rule_type            = "FORWARD"
  resolver_endpoint_id = aws_route53_resolver_endpoint.east_outbound.id
  target_ip { ip = "192.168.10.10" }
}

resource "aws_route53_resolver_rule_association" "east" {
  resolver_rule_id = aws_route53_resolver_rule.east_fwd.id
  vpc_id           = aws_vpc.east.id
}

resource "aws_vpc" "west" {
  provider   = aws.west
  cidr_block = "10.1.0.0/16"
}

resource "aws_subnet" "west" {
  provider          = aws.west
  for_each          = { a = "10.1.0.0/24", b = "10.1.1.0/24" }
  vpc_id            = aws_vpc.west.id
  cidr_block        = each.value
  availability_zone = "us-west-2${each.key}"
}

resource "aws_security_group" "west_dns" {
  provider = aws.west
  vpc_id   = aws_vpc.west.id
}

# The provider line (aws.west) is missing from the three below.
resource "aws_route53_resolver_endpoint" "west_outbound" {
  name               = "west-outbound"
  direction          = "OUTBOUND"
  security_group_ids = [aws_security_group.west_dns.id]
  ip_address { subnet_id = aws_subnet.west["a"].id }
  ip_address { subnet_id = aws_subnet.west["b"].id }
}

resource "aws_route53_resolver_rule" "west_fwd" {
  domain_name          = "corp.internal"
  rule_type            = "FORWARD"
  resolver_endpoint_id = aws_route53_resolver_endpoint.west_outbound.id
  target_ip { ip = "192.168.10.10" }
}

resource "aws_route53_resolver_rule_association" "west" {
  resolver_rule_id = aws_route53_resolver_rule.west_fwd.id
  vpc_id           = aws_vpc.west.id
}
