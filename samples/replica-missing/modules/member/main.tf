# One Aurora member cluster of the global database, in whatever region the
# caller's provider is.
terraform {
  required_providers {
    aws = { source = "hashicorp/aws" }
  }
}

variable "name" { type = string }
variable "global_cluster_id" { type = string }
variable "primary" { type = bool }

resource "aws_rds_cluster" "this" {
  cluster_identifier        = var.name
  engine                    = "aurora-postgresql"
  engine_version            = "15.4"
  global_cluster_identifier = var.global_cluster_id
  master_username           = var.primary ? "app" : null
  master_password           = var.primary ? "not-a-real-password-1" : null
  skip_final_snapshot       = true
}
