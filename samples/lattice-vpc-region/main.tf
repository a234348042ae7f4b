# same-region-references on VPC Lattice. A service network, its VPC
# associations and its target groups are regional: Lattice looks the VPC a
# vpc_identifier names up in the caller's region, so an association or a
# target group made with one region's provider for another region's VPC
# cannot be created, and that VPC never joins the service network (an
# EKS resilience recipe associates its secondary cluster's VPC so).
# - aws_vpclattice_service_network_vpc_association.secondary fails: made
#   in us-east-1 for the us-west-2 VPC;
# - aws_vpclattice_target_group.secondary fails: its config names the
#   us-west-2 VPC, from us-east-1;
# - the primary association and target group, and the us-west-2 service
#   network's association of its own VPC, pass.
# Plan it with scripts/regen-samples.

resource "aws_vpc" "primary" {
  cidr_block = "10.10.0.0/16"
}

resource "aws_vpc" "secondary" {
  provider   = aws.dr
  cidr_block = "10.20.0.0/16"
}

resource "aws_vpclattice_service_network" "primary" {
  name      = "orders-use1"
  auth_type = "NONE"
}

resource "aws_vpclattice_service_network" "secondary" {
  provider  = aws.dr
  name      = "orders-usw2"
  auth_type = "NONE"
}

resource "aws_vpclattice_service_network_vpc_association" "primary" {
  vpc_identifier             = aws_vpc.primary.id
  service_network_identifier = aws_vpclattice_service_network.primary.id
}

resource "aws_vpclattice_service_network_vpc_association" "secondary" {
  vpc_identifier             = aws_vpc.secondary.id
  service_network_identifier = aws_vpclattice_service_network.primary.id
}

resource "aws_vpclattice_service_network_vpc_association" "secondary_own" {
  provider                   = aws.dr
  vpc_identifier             = aws_vpc.secondary.id
  service_network_identifier = aws_vpclattice_service_network.secondary.id
}

resource "aws_vpclattice_target_group" "primary" {
  name = "orders-use1"
  type = "IP"
  config {
    vpc_identifier = aws_vpc.primary.id
    port           = 443
    protocol       = "HTTPS"
  }
}

resource "aws_vpclattice_target_group" "secondary" {
  name = "orders-usw2"
  type = "IP"
  config {
    vpc_identifier = aws_vpc.secondary.id
    port           = 443
    protocol       = "HTTPS"
  }
}
