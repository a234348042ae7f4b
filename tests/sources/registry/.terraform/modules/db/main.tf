/* Stands for the registry module's code. */
locals {
  note = <<-EOT
    resource "aws_db_instance" "this" {
  EOT
}

# plangraph:ignore=db-instance-class the registry module's default, ticket DB-7
resource "aws_db_instance" "this" {
  for_each       = { main = true }
  instance_class = "db.t3.micro" # "}"
  engine         = "mysql"
}
