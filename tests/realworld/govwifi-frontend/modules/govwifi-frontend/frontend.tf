# AWS Configuration
# CREATE VPC

resource "aws_vpc" "wifi_frontend" {
  cidr_block           = var.vpc_cidr_block
  enable_dns_hostnames = true

  tags = {
    Name = "GovWifi Frontend - ${var.env_name}"
  }
}

# CREATE GATEWAY AND DEFAULT ROUTE

resource "aws_internet_gateway" "wifi_frontend" {
  vpc_id = aws_vpc.wifi_frontend.id

  tags = {
    Name = "Frontend Internet GW - ${var.env_name}"
  }
}

resource "aws_route" "internet_access" {
  route_table_id         = aws_vpc.wifi_frontend.main_route_table_id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.wifi_frontend.id
}

# offline: was data "aws_availability_zones" "zones" {} (an EC2 call at plan
# time): the three zones of eu-west-1 and eu-west-2, in the order AWS lists them
locals {
  offline_az_names = ["${var.aws_region}a", "${var.aws_region}b", "${var.aws_region}c"]
}

resource "aws_subnet" "wifi_frontend_subnet" {
  for_each = toset(local.offline_az_names) # offline: was data.aws_availability_zones.zones.names

  vpc_id                  = aws_vpc.wifi_frontend.id
  availability_zone       = each.key
  cidr_block              = "${join(".", slice(split(".", var.vpc_cidr_block), 0, 2))}.${index(local.offline_az_names, each.key) + 1}.0/24" # offline: was index(data.aws_availability_zones.zones.names, ...)
  map_public_ip_on_launch = true

  tags = {
    Name = "${var.env_name} Frontend - AZ: ${each.key} - GovWifi subnet"
  }
}

resource "aws_vpc_peering_connection" "frontend_to_backend" {
  vpc_id      = aws_vpc.wifi_frontend.id
  peer_vpc_id = var.backend_vpc_id

  auto_accept = true

  accepter {
    allow_remote_vpc_dns_resolution = true
  }
}

# offline: was data "aws_vpc" "backend" { id = var.backend_vpc_id } (an EC2
# call at plan time): the backend VPC of each region as upstream's staging
# root makes it (govwifi/staging/london.tf:4, dublin.tf:98), its main route
# table a placeholder id
locals {
  offline_backend_vpc = {
    cidr_block          = var.aws_region == "eu-west-2" ? "10.106.0.0/16" : "10.104.0.0/16"
    main_route_table_id = var.aws_region == "eu-west-2" ? "rtb-0a1b2c3d4e5f60001" : "rtb-0a1b2c3d4e5f60002"
  }
}

resource "aws_route" "frontend_to_backend_route" {
  route_table_id            = aws_vpc.wifi_frontend.main_route_table_id
  destination_cidr_block    = local.offline_backend_vpc.cidr_block # offline: was one(data.aws_vpc.backend.cidr_block_associations).cidr_block
  vpc_peering_connection_id = aws_vpc_peering_connection.frontend_to_backend.id
}

resource "aws_route" "backend_to_frontend_route" {
  route_table_id            = local.offline_backend_vpc.main_route_table_id # offline: was data.aws_vpc.backend.main_route_table_id
  destination_cidr_block    = var.vpc_cidr_block
  vpc_peering_connection_id = aws_vpc_peering_connection.frontend_to_backend.id
}
