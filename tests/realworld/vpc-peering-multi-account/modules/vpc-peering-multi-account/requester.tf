variable "requester_subnet_tags" {
  type        = map(string)
  description = "Only add peer routes to requester VPC route tables of subnets matching these tags"
  default     = {}
}

variable "requester_vpc_id" {
  type        = string
  description = "Requester VPC ID filter"
  default     = ""
}

variable "requester_vpc_tags" {
  type        = map(string)
  description = "Requester VPC Tags filter"
  default     = {}
}

variable "requester_allow_remote_vpc_dns_resolution" {
  type        = bool
  default     = true
  description = "Allow requester VPC to resolve public DNS hostnames to private IP addresses when queried from instances in the accepter VPC"
}

module "requester" {
  # offline: registry source cloudposse/label/null 0.25.0 -> the local copy
  source     = "../null-label"
  attributes = var.add_attribute_tag ? ["requester"] : []
  tags       = var.add_attribute_tag ? { Side = "requester" } : {}

  context = module.this.context
}

# offline: data "aws_caller_identity" "requester" removed (STS at plan
# time; nothing reads it)

data "aws_region" "requester" {
  count    = local.count
  provider = aws.requester
}

# offline: data "aws_vpc" "requester", data "aws_subnets" "requester",
# data "aws_subnet" "requester" and data "aws_route_table" "requester"
# removed (EC2 calls at plan time). What they would find comes in as
# inputs: var.offline_requester_cidr_blocks (the VPC's CIDR blocks; no
# IPv6 block) and var.offline_requester_route_table_ids (the route tables
# of the VPC's subnets); the VPC id is var.requester_vpc_id itself.
variable "offline_requester_cidr_blocks" {
  type        = list(string)
  description = "offline: the requester VPC's CIDR blocks (upstream: data.aws_vpc.requester)"
}

variable "offline_requester_route_table_ids" {
  type        = list(string)
  description = "offline: the route tables of the requester VPC's subnets (upstream: data.aws_route_table.requester)"
}

locals {
  requester_cidr_blocks      = var.offline_requester_cidr_blocks
  requester_ipv6_cidr_blocks = []
  requester_vpc_id           = var.requester_vpc_id
}

resource "aws_vpc_peering_connection" "requester" {
  count         = local.count
  provider      = aws.requester
  vpc_id        = local.requester_vpc_id
  peer_vpc_id   = local.accepter_vpc_id
  peer_owner_id = local.accepter_account_id
  peer_region   = local.accepter_region
  auto_accept   = false

  tags = module.requester.tags
}

# Options can't be set until the connection has been accepted and is active,
# so create an explicit dependency on the accepter when setting options.
locals {
  active_vpc_peering_connection_id = local.accepter_enabled ? join("", aws_vpc_peering_connection_accepter.accepter[*].id) : null
}

resource "aws_vpc_peering_connection_options" "requester" {
  # Only provision the options if the accepter side of the peering connection is enabled
  count    = local.accepter_count
  provider = aws.requester

  # As options can't be set until the connection has been accepted
  # create an explicit dependency on the accepter.
  vpc_peering_connection_id = local.active_vpc_peering_connection_id

  requester {
    allow_remote_vpc_dns_resolution = var.requester_allow_remote_vpc_dns_resolution
  }
}

locals {
  # offline: was try(distinct(sort(data.aws_route_table.requester[*].route_table_id)), [])
  requester_aws_route_table_ids                = var.offline_requester_route_table_ids
  requester_aws_route_table_ids_count          = length(local.requester_aws_route_table_ids)
  requester_cidr_block_associations            = local.requester_cidr_blocks
  requester_cidr_block_associations_count      = length(local.requester_cidr_block_associations)
  requester_ipv6_cidr_block_associations       = local.requester_ipv6_cidr_blocks
  requester_ipv6_cidr_block_associations_count = length(local.requester_ipv6_cidr_block_associations)
}

# Create routes from requester to accepter
resource "aws_route" "requester" {
  count                     = local.enabled ? local.requester_aws_route_table_ids_count * local.accepter_cidr_block_associations_count : 0
  provider                  = aws.requester
  route_table_id            = local.requester_aws_route_table_ids[floor(count.index / local.accepter_cidr_block_associations_count)]
  destination_cidr_block    = local.accepter_cidr_block_associations[count.index % local.accepter_cidr_block_associations_count]
  vpc_peering_connection_id = join("", aws_vpc_peering_connection.requester[*].id)
  depends_on = [
    # offline: data.aws_route_table.requester removed from the list
    aws_vpc_peering_connection.requester,
    aws_vpc_peering_connection_accepter.accepter
  ]

  timeouts {
    create = var.aws_route_create_timeout
    delete = var.aws_route_delete_timeout
  }
}

# Create routes from requester to accepter
resource "aws_route" "requester_ipv6" {
  count                       = local.enabled ? local.requester_aws_route_table_ids_count * local.accepter_ipv6_cidr_block_associations_count : 0
  provider                    = aws.requester
  route_table_id              = local.requester_aws_route_table_ids[floor(count.index / local.accepter_ipv6_cidr_block_associations_count)]
  destination_ipv6_cidr_block = local.accepter_ipv6_cidr_block_associations[count.index % local.accepter_ipv6_cidr_block_associations_count]
  vpc_peering_connection_id   = join("", aws_vpc_peering_connection.requester[*].id)
  depends_on = [
    # offline: data.aws_route_table.requester removed from the list
    aws_vpc_peering_connection.requester,
    aws_vpc_peering_connection_accepter.accepter
  ]

  timeouts {
    create = var.aws_route_create_timeout
    delete = var.aws_route_delete_timeout
  }
}

output "requester_connection_id" {
  value       = join("", aws_vpc_peering_connection.requester[*].id)
  description = "Requester VPC peering connection ID"
}

output "requester_accept_status" {
  value       = join("", aws_vpc_peering_connection.requester[*].accept_status)
  description = "Requester VPC peering connection request status"
}
