# A replica of a file system given by id, read back with a data source.

variable "source_efs_id" {
  type = string
}

data "aws_efs_file_system" "source" {
  file_system_id = var.source_efs_id
}

resource "aws_efs_replication_configuration" "this" {
  source_file_system_id = data.aws_efs_file_system.source.file_system_id

  destination {
    region = "eu-west-1"
  }
}
