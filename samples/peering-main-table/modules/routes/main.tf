# Routes `destination` through a peering connection from the first
# `routes` of the route tables it is given.

variable "route_table_ids" {
  type = list(string)
}

variable "routes" {
  type = number
}

variable "destination" {
  type = string
}

variable "connection_id" {
  type = string
}

resource "aws_route" "this" {
  count                     = var.routes
  route_table_id            = element(var.route_table_ids, count.index)
  destination_cidr_block    = var.destination
  vpc_peering_connection_id = var.connection_id
}
