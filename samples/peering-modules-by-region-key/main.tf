# peering-routes-wired when the peering's VPCs come from a map of whole
# modules, picked by a region name a data source reads
# (local.nets[data.aws_region.x.name].vpc.id, as VPC meshes write it).
# Plan JSON records neither local; `terraform graph -type=plan` shows the
# locals reading data.aws_region and, through the modules' close nodes,
# every VPC of the map. The data source gives the key, not the VPC: with
# the graph the connection joins one of the two VPCs on each side, which
# the plan does not say, so the table with no route back is unknown (not
# passed by a skip that says the plan has no peering between its VPCs).
# The us-west-2 side has no route to the peer.
# Plan it with scripts/regen-samples.

module "vpc_east" {
  source    = "./vpc"
  cidr      = "10.1.0.0/16"
  providers = { aws = aws.primary }
}

module "vpc_west" {
  source    = "./vpc"
  cidr      = "10.2.0.0/16"
  providers = { aws = aws.secondary }
}

data "aws_region" "east" {
  provider = aws.primary
}

data "aws_region" "west" {
  provider = aws.secondary
}

locals {
  nets = {
    us-east-1 = module.vpc_east
    eu-west-1 = module.vpc_west
  }
  near = local.nets[data.aws_region.east.name]
  far  = local.nets[data.aws_region.west.name]
}

resource "aws_vpc_peering_connection" "p" {
  provider    = aws.primary
  vpc_id      = local.near.vpc.id
  peer_vpc_id = local.far.vpc.id
  peer_region = "eu-west-1"
}

resource "aws_vpc_peering_connection_accepter" "p" {
  provider                  = aws.secondary
  vpc_peering_connection_id = aws_vpc_peering_connection.p.id
  auto_accept               = true
}

resource "aws_route" "east_to_west" {
  provider                  = aws.primary
  route_table_id            = module.vpc_east.route_table_id
  destination_cidr_block    = "10.2.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection.p.id
}
