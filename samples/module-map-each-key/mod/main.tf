variable "subnets" {
  type = map(list(string))
}
variable "subnets_either" {
  type = map(list(string))
}
variable "subnets_cond" {
  type = map(list(string))
}
resource "aws_db_subnet_group" "plain" {
  for_each   = toset(["east", "west"])
  name       = "plain-${each.key}"
  subnet_ids = var.subnets[each.key]
}
resource "aws_db_subnet_group" "cond" {
  for_each   = toset(["east", "west"])
  name       = "cond-${each.key}"
  subnet_ids = var.subnets_cond[each.key]
}
resource "aws_db_subnet_group" "either" {
  for_each   = toset(["east"])
  name       = "either-${each.key}"
  subnet_ids = var.subnets_either[each.key]
}
