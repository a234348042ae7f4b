/* Stands for the registry module's code. */
locals {
  note = <<-EOT
    resource "aws_db_instance" "this" {
  EOT
}

resource "aws_db_instance" "this" {
  for_each       = { main = true }
  instance_class = "db.t3.micro" # "}"
  engine         = "mysql"
}
