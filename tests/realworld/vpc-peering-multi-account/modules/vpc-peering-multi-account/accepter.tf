module "accepter" {
  # offline: registry source cloudposse/label/null 0.25.0 -> the local copy
  source = "../null-label"

  enabled = local.accepter_enabled

  attributes = var.add_attribute_tag ? ["accepter"] : []
  tags       = var.add_attribute_tag ? { Side = "accepter" } : {}

  context = module.this.context
}

# offline: data "aws_caller_identity" "accepter" removed (STS at plan
# time); local.accepter_account_id is the literal account 123456789012 (the
# one account both sides share here: a cross-region, same-account peering)

data "aws_region" "accepter" {
  count    = local.accepter_count
  provider = aws.accepter
}

# offline: data "aws_vpc" "accepter", data "aws_subnets" "accepter",
# data "aws_subnet" "accepter", data "aws_route_tables" "accepter" and
# data "aws_route_tables" "default_rts" removed (EC2 calls at plan time).
# What they would find comes in as inputs:
# var.offline_accepter_cidr_blocks (the VPC's CIDR blocks; no IPv6 block)
# and var.offline_accepter_route_table_ids (the route tables of the VPC's
# subnets: each subnet here has its own, so the main table is never
# chosen); the VPC id is var.accepter_vpc_id itself.
variable "offline_accepter_cidr_blocks" {
  type        = list(string)
  description = "offline: the accepter VPC's CIDR blocks (upstream: data.aws_vpc.accepter)"
}

variable "offline_accepter_route_table_ids" {
  type        = list(string)
  description = "offline: the route tables of the accepter VPC's subnets (upstream: data.aws_route_tables.accepter, default_rts)"
}

locals {
  accepter_cidr_blocks      = var.offline_accepter_cidr_blocks
  accepter_ipv6_cidr_blocks = []
  accepter_vpc_id           = var.accepter_vpc_id
  accepter_account_id       = "123456789012" # offline: was data.aws_caller_identity.accepter
  # offline: `.region` -> `.name`: hashicorp/aws 5.100.0's aws_region has no
  # `region` attribute (upstream's #119 moved to the 6.x name)
  accepter_region = join("", data.aws_region.accepter[*].name)
}

locals {
  # offline: was { for s in local.accepter_subnet_ids : s => try(data.aws_route_tables.accepter[s].ids[0], local.accepter_aws_default_rt_id) },
  # the subnet ids are no input here (only the output below reads the map)
  accepter_aws_rt_map = {}
  # offline: was distinct(sort(values(local.accepter_aws_rt_map)))
  accepter_aws_route_table_ids                = var.offline_accepter_route_table_ids
  accepter_aws_route_table_ids_count          = length(local.accepter_aws_route_table_ids)
  accepter_cidr_block_associations            = local.accepter_cidr_blocks
  accepter_cidr_block_associations_count      = length(local.accepter_cidr_block_associations)
  accepter_ipv6_cidr_block_associations       = local.accepter_ipv6_cidr_blocks
  accepter_ipv6_cidr_block_associations_count = length(local.accepter_ipv6_cidr_block_associations)
}

# Create routes from accepter to requester
resource "aws_route" "accepter" {
  count                     = local.enabled ? local.accepter_aws_route_table_ids_count * local.requester_cidr_block_associations_count : 0
  provider                  = aws.accepter
  route_table_id            = local.accepter_aws_route_table_ids[floor(count.index / local.requester_cidr_block_associations_count)]
  destination_cidr_block    = local.requester_cidr_block_associations[count.index % local.requester_cidr_block_associations_count]
  vpc_peering_connection_id = join("", aws_vpc_peering_connection.requester[*].id)
  depends_on = [
    # offline: data.aws_route_tables.accepter removed from the list
    aws_vpc_peering_connection_accepter.accepter,
    aws_vpc_peering_connection.requester,
  ]

  timeouts {
    create = var.aws_route_create_timeout
    delete = var.aws_route_delete_timeout
  }
}

# Create routes from accepter to requester
resource "aws_route" "accepter_ipv6" {
  count                       = local.enabled ? local.accepter_aws_route_table_ids_count * local.requester_ipv6_cidr_block_associations_count : 0
  provider                    = aws.accepter
  route_table_id              = local.accepter_aws_route_table_ids[floor(count.index / local.requester_ipv6_cidr_block_associations_count)]
  destination_ipv6_cidr_block = local.requester_ipv6_cidr_block_associations[count.index % local.requester_ipv6_cidr_block_associations_count]
  vpc_peering_connection_id   = join("", aws_vpc_peering_connection.requester[*].id)
  depends_on = [
    # offline: data.aws_route_tables.accepter removed from the list
    aws_vpc_peering_connection_accepter.accepter,
    aws_vpc_peering_connection.requester,
  ]

  timeouts {
    create = var.aws_route_create_timeout
    delete = var.aws_route_delete_timeout
  }
}

# Accepter's side of the connection.
resource "aws_vpc_peering_connection_accepter" "accepter" {
  count                     = local.accepter_count
  provider                  = aws.accepter
  vpc_peering_connection_id = join("", aws_vpc_peering_connection.requester[*].id)
  auto_accept               = var.auto_accept
  tags                      = module.accepter.tags
}

resource "aws_vpc_peering_connection_options" "accepter" {
  count                     = local.accepter_count
  provider                  = aws.accepter
  vpc_peering_connection_id = local.active_vpc_peering_connection_id

  accepter {
    allow_remote_vpc_dns_resolution = var.accepter_allow_remote_vpc_dns_resolution
  }
}

output "accepter_connection_id" {
  value       = join("", aws_vpc_peering_connection_accepter.accepter[*].id)
  description = "Accepter VPC peering connection ID"
}

output "accepter_accept_status" {
  value       = join("", aws_vpc_peering_connection_accepter.accepter[*].accept_status)
  description = "Accepter VPC peering connection request status"
}

output "accepter_subnet_route_table_map" {
  value       = local.accepter_aws_rt_map
  description = "Map of accepter VPC subnet IDs to route table IDs"
}
