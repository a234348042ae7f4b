# peering-routes-wired on transit gateway designs as AWS's network
# samples write them (aws-samples/manage-network-with-iac,
# aws-ia/terraform-aws-vpc):
# - each spoke table routes the far region with an
#   aws_ec2_transit_gateway_prefix_list_reference through the peering
#   attachment, its prefix list holding the far VPC's CIDR (as an `entry`
#   block in Oregon, as an aws_ec2_managed_prefix_list_entry in Ireland):
#   passes; Ireland's list lacks the second Oregon spoke (10.2.0.0/16),
#   which fails;
# - each spoke VPC gives its attachment a dedicated /28 subnet with a
#   route table of its own (local route only): that table sends nothing to
#   the far VPCs and is no subject;
# - the inspection VPCs of both regions share 10.100.0.0/24: no route can
#   join them (a static one would take the local inspection VPC's traffic),
#   so no subject asks for one.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "ireland"
  region                      = "eu-west-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

# ---- Oregon ------------------------------------------------------------

resource "aws_ec2_transit_gateway" "or" {
  default_route_table_association = "disable"
  default_route_table_propagation = "disable"
}

resource "aws_ec2_transit_gateway_route_table" "or_spoke" {
  transit_gateway_id = aws_ec2_transit_gateway.or.id
}

resource "aws_vpc" "or" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "or_workload" {
  vpc_id            = aws_vpc.or.id
  cidr_block        = "10.0.0.0/24"
  availability_zone = "us-west-2a"
}

resource "aws_subnet" "or_tgw" {
  vpc_id            = aws_vpc.or.id
  cidr_block        = "10.0.255.0/28"
  availability_zone = "us-west-2a"
}

resource "aws_route_table" "or_workload" {
  vpc_id = aws_vpc.or.id
}

resource "aws_route_table_association" "or_workload" {
  subnet_id      = aws_subnet.or_workload.id
  route_table_id = aws_route_table.or_workload.id
}

resource "aws_route" "or_workload_to_tgw" {
  route_table_id         = aws_route_table.or_workload.id
  destination_cidr_block = "10.0.0.0/8"
  transit_gateway_id     = aws_ec2_transit_gateway.or.id
}

resource "aws_route_table" "or_tgw" {
  vpc_id = aws_vpc.or.id
}

resource "aws_route_table_association" "or_tgw" {
  subnet_id      = aws_subnet.or_tgw.id
  route_table_id = aws_route_table.or_tgw.id
}

resource "aws_ec2_transit_gateway_vpc_attachment" "or" {
  transit_gateway_id                              = aws_ec2_transit_gateway.or.id
  vpc_id                                          = aws_vpc.or.id
  subnet_ids                                      = [aws_subnet.or_tgw.id]
  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false
}

resource "aws_ec2_transit_gateway_route_table_association" "or" {
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.or.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.or_spoke.id
}

resource "aws_vpc" "or_b" {
  cidr_block = "10.2.0.0/16"
}

resource "aws_subnet" "or_b" {
  vpc_id            = aws_vpc.or_b.id
  cidr_block        = "10.2.0.0/24"
  availability_zone = "us-west-2a"
}

resource "aws_route_table" "or_b" {
  vpc_id = aws_vpc.or_b.id
}

resource "aws_route_table_association" "or_b" {
  subnet_id      = aws_subnet.or_b.id
  route_table_id = aws_route_table.or_b.id
}

resource "aws_route" "or_b_to_tgw" {
  route_table_id         = aws_route_table.or_b.id
  destination_cidr_block = "10.0.0.0/8"
  transit_gateway_id     = aws_ec2_transit_gateway.or.id
}

resource "aws_ec2_transit_gateway_vpc_attachment" "or_b" {
  transit_gateway_id                              = aws_ec2_transit_gateway.or.id
  vpc_id                                          = aws_vpc.or_b.id
  subnet_ids                                      = [aws_subnet.or_b.id]
  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false
}

resource "aws_ec2_transit_gateway_route_table_association" "or_b" {
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.or_b.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.or_spoke.id
}

resource "aws_vpc" "or_inspection" {
  cidr_block = "10.100.0.0/24"
}

resource "aws_subnet" "or_inspection" {
  vpc_id            = aws_vpc.or_inspection.id
  cidr_block        = "10.100.0.0/28"
  availability_zone = "us-west-2a"
}

resource "aws_ec2_transit_gateway_vpc_attachment" "or_inspection" {
  transit_gateway_id                              = aws_ec2_transit_gateway.or.id
  vpc_id                                          = aws_vpc.or_inspection.id
  subnet_ids                                      = [aws_subnet.or_inspection.id]
  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false
}

resource "aws_ec2_transit_gateway_route_table_association" "or_inspection" {
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.or_inspection.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.or_spoke.id
}

resource "aws_ec2_managed_prefix_list" "ireland" {
  name           = "ireland"
  address_family = "IPv4"
  max_entries    = 5

  entry {
    cidr = "10.1.0.0/16"
  }
}

resource "aws_ec2_transit_gateway_prefix_list_reference" "or_to_ie" {
  prefix_list_id                 = aws_ec2_managed_prefix_list.ireland.id
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment.p.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.or_spoke.id
}

# ---- Ireland -----------------------------------------------------------

resource "aws_ec2_transit_gateway" "ie" {
  provider                        = aws.ireland
  default_route_table_association = "disable"
  default_route_table_propagation = "disable"
}

resource "aws_ec2_transit_gateway_route_table" "ie_spoke" {
  provider           = aws.ireland
  transit_gateway_id = aws_ec2_transit_gateway.ie.id
}

resource "aws_vpc" "ie" {
  provider   = aws.ireland
  cidr_block = "10.1.0.0/16"
}

resource "aws_subnet" "ie_workload" {
  provider          = aws.ireland
  vpc_id            = aws_vpc.ie.id
  cidr_block        = "10.1.0.0/24"
  availability_zone = "eu-west-1a"
}

resource "aws_subnet" "ie_tgw" {
  provider          = aws.ireland
  vpc_id            = aws_vpc.ie.id
  cidr_block        = "10.1.255.0/28"
  availability_zone = "eu-west-1a"
}

resource "aws_route_table" "ie_workload" {
  provider = aws.ireland
  vpc_id   = aws_vpc.ie.id
}

resource "aws_route_table_association" "ie_workload" {
  provider       = aws.ireland
  subnet_id      = aws_subnet.ie_workload.id
  route_table_id = aws_route_table.ie_workload.id
}

resource "aws_route" "ie_workload_to_tgw" {
  provider               = aws.ireland
  route_table_id         = aws_route_table.ie_workload.id
  destination_cidr_block = "10.0.0.0/8"
  transit_gateway_id     = aws_ec2_transit_gateway.ie.id
}

resource "aws_route_table" "ie_tgw" {
  provider = aws.ireland
  vpc_id   = aws_vpc.ie.id
}

resource "aws_route_table_association" "ie_tgw" {
  provider       = aws.ireland
  subnet_id      = aws_subnet.ie_tgw.id
  route_table_id = aws_route_table.ie_tgw.id
}

resource "aws_ec2_transit_gateway_vpc_attachment" "ie" {
  provider                                        = aws.ireland
  transit_gateway_id                              = aws_ec2_transit_gateway.ie.id
  vpc_id                                          = aws_vpc.ie.id
  subnet_ids                                      = [aws_subnet.ie_tgw.id]
  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false
}

resource "aws_ec2_transit_gateway_route_table_association" "ie" {
  provider                       = aws.ireland
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.ie.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.ie_spoke.id
}

resource "aws_vpc" "ie_inspection" {
  provider   = aws.ireland
  cidr_block = "10.100.0.0/24"
}

resource "aws_subnet" "ie_inspection" {
  provider          = aws.ireland
  vpc_id            = aws_vpc.ie_inspection.id
  cidr_block        = "10.100.0.0/28"
  availability_zone = "eu-west-1a"
}

resource "aws_ec2_transit_gateway_vpc_attachment" "ie_inspection" {
  provider                                        = aws.ireland
  transit_gateway_id                              = aws_ec2_transit_gateway.ie.id
  vpc_id                                          = aws_vpc.ie_inspection.id
  subnet_ids                                      = [aws_subnet.ie_inspection.id]
  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false
}

resource "aws_ec2_transit_gateway_route_table_association" "ie_inspection" {
  provider                       = aws.ireland
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.ie_inspection.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.ie_spoke.id
}

resource "aws_ec2_managed_prefix_list" "oregon" {
  provider       = aws.ireland
  name           = "oregon"
  address_family = "IPv4"
  max_entries    = 5
}

resource "aws_ec2_managed_prefix_list_entry" "oregon" {
  provider       = aws.ireland
  prefix_list_id = aws_ec2_managed_prefix_list.oregon.id
  cidr           = "10.0.0.0/16"
}

resource "aws_ec2_transit_gateway_prefix_list_reference" "ie_to_or" {
  provider                       = aws.ireland
  prefix_list_id                 = aws_ec2_managed_prefix_list.oregon.id
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.p.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.ie_spoke.id
}

# ---- peering -----------------------------------------------------------

resource "aws_ec2_transit_gateway_peering_attachment" "p" {
  peer_region             = "eu-west-1"
  peer_transit_gateway_id = aws_ec2_transit_gateway.ie.id
  transit_gateway_id      = aws_ec2_transit_gateway.or.id
}

resource "aws_ec2_transit_gateway_peering_attachment_accepter" "p" {
  provider                      = aws.ireland
  transit_gateway_attachment_id = aws_ec2_transit_gateway_peering_attachment.p.id
}
