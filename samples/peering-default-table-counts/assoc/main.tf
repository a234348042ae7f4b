# Route table associations for a list of subnets, one per element, for
# samples/peering-default-table-counts.
variable "subnet_ids" {
  type = list(string)
}

variable "route_table_id" {
  type = string
}

resource "aws_route_table_association" "this" {
  count          = length(var.subnet_ids)
  subnet_id      = var.subnet_ids[count.index]
  route_table_id = var.route_table_id
}
