# VPC peering between the regions, accepted on the secondary side. The
# secondary's private route table has no route back to the primary.

resource "aws_vpc_peering_connection" "dr" {
  provider    = aws.primary
  vpc_id      = module.primary.vpc_id
  peer_vpc_id = module.secondary.vpc_id
  peer_region = "us-west-2"
}

resource "aws_vpc_peering_connection_accepter" "dr" {
  provider                  = aws.secondary
  vpc_peering_connection_id = aws_vpc_peering_connection.dr.id
  auto_accept               = true
}

resource "aws_route" "primary_public_to_secondary" {
  provider                  = aws.primary
  route_table_id            = module.primary.public_route_table_id
  destination_cidr_block    = module.secondary.vpc_cidr
  vpc_peering_connection_id = aws_vpc_peering_connection.dr.id
}

resource "aws_route" "primary_private_to_secondary" {
  provider                  = aws.primary
  route_table_id            = module.primary.private_route_table_id
  destination_cidr_block    = module.secondary.vpc_cidr
  vpc_peering_connection_id = aws_vpc_peering_connection.dr.id
}

resource "aws_route" "secondary_public_to_primary" {
  provider                  = aws.secondary
  route_table_id            = module.secondary.public_route_table_id
  destination_cidr_block    = module.primary.vpc_cidr
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.dr.id
}
