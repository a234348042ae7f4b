# offline: data "aws_caller_identity" "peer" (STS at plan time) removed

resource "aws_vpc_peering_connection" "vpc_peering_connection" {
  provider      = aws.local
  vpc_id        = var.local_vpc_id
  peer_vpc_id   = var.peer_vpc_id
  peer_region   = var.peer_region
  peer_owner_id = "123456789012" # offline: was data.aws_caller_identity.peer.id

  tags = {
    Side = "Requester"
  }
}

resource "aws_vpc_peering_connection_accepter" "vpc_peering_connection_accepter" {
  provider                  = aws.peer
  vpc_peering_connection_id = aws_vpc_peering_connection.vpc_peering_connection.id
  auto_accept               = true

  tags = {
    Side = "Accepter"
  }
}

resource "aws_vpc_peering_connection_options" "local_vpc_peering_connection_options" {
  provider                  = aws.local
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.vpc_peering_connection_accepter.id

  requester {
    # offline: allow_classic_link_to_remote_vpc, allow_vpc_to_remote_classic_link (removed in hashicorp/aws 5.0)
    allow_remote_vpc_dns_resolution  = var.local_allow_remote_vpc_dns_resolution
  }
}

resource "aws_vpc_peering_connection_options" "peer_vpc_peering_connection_options" {
  provider                  = aws.peer
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.vpc_peering_connection_accepter.id

  accepter {
    # offline: allow_classic_link_to_remote_vpc, allow_vpc_to_remote_classic_link (removed in hashicorp/aws 5.0)
    allow_remote_vpc_dns_resolution  = var.peer_allow_remote_vpc_dns_resolution
  }
}

resource "aws_route" "peer_route_in_local" {
  provider                  = aws.local
  count                     = length(var.peer_private_cidr_blocks)
  route_table_id            = var.local_route_table_id
  destination_cidr_block    = var.peer_private_cidr_blocks[count.index]
  vpc_peering_connection_id = aws_vpc_peering_connection.vpc_peering_connection.id
  depends_on                = [aws_vpc_peering_connection_accepter.vpc_peering_connection_accepter]
}

resource "aws_route" "local_route_in_peer" {
  provider                  = aws.peer
  count                     = length(var.local_private_cidr_blocks)
  route_table_id            = var.peer_route_table_id
  destination_cidr_block    = var.local_private_cidr_blocks[count.index]
  vpc_peering_connection_id = aws_vpc_peering_connection.vpc_peering_connection.id
  depends_on                = [aws_vpc_peering_connection_accepter.vpc_peering_connection_accepter]
}
