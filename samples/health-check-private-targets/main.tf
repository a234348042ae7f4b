# health-check-meaningful on checks of targets Route 53's health checkers,
# which probe from the internet, can never reach (a mzazon/
# awesome-cloud-projects recipe checks its VPC Lattice services so):
# - a VPC Lattice service's name (link-local addresses, answered only in
#   the VPCs of its service network);
# - an interface VPC endpoint's name (private addresses);
# - an instance's private_ip, and a literal address in 10.0.0.0/8 (Route
#   53 refuses to check a private address).
# Each such check is never healthy: its record never answers, or is failed
# over for ever. The checks of the instance's public_ip and of an Elastic
# IP pass.
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

resource "aws_vpclattice_service" "orders" {
  name      = "orders"
  auth_type = "NONE"
}

resource "aws_vpc" "main" {
  cidr_block = "10.20.0.0/16"
}

resource "aws_subnet" "private" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.20.1.0/24"
}

resource "aws_vpc_endpoint" "api" {
  vpc_id            = aws_vpc.main.id
  service_name      = "com.amazonaws.us-east-1.execute-api"
  vpc_endpoint_type = "Interface"
  subnet_ids        = [aws_subnet.private.id]
}

resource "aws_instance" "app" {
  ami           = "ami-0aaaaaaaaaaaaaaa1"
  instance_type = "m5.large"
  subnet_id     = aws_subnet.private.id
}

resource "aws_eip" "app" {
  instance = aws_instance.app.id
  domain   = "vpc"
}

resource "aws_route53_health_check" "lattice" {
  fqdn              = aws_vpclattice_service.orders.dns_entry[0].domain_name
  port              = 443
  type              = "HTTPS"
  resource_path     = "/health"
  failure_threshold = 3
}

resource "aws_route53_health_check" "endpoint" {
  fqdn              = aws_vpc_endpoint.api.dns_entry[0].dns_name
  port              = 443
  type              = "HTTPS"
  resource_path     = "/health"
  failure_threshold = 3
}

resource "aws_route53_health_check" "private_ip" {
  ip_address        = aws_instance.app.private_ip
  port              = 80
  type              = "HTTP"
  resource_path     = "/health"
  failure_threshold = 3
}

resource "aws_route53_health_check" "literal_private" {
  ip_address        = "10.20.1.15"
  port              = 80
  type              = "HTTP"
  resource_path     = "/health"
  failure_threshold = 3
}

resource "aws_route53_health_check" "public_ip" {
  ip_address        = aws_instance.app.public_ip
  port              = 80
  type              = "HTTP"
  resource_path     = "/health"
  failure_threshold = 3
}

resource "aws_route53_health_check" "elastic_ip" {
  ip_address        = aws_eip.app.public_ip
  port              = 80
  type              = "HTTP"
  resource_path     = "/health"
  failure_threshold = 3
}
