locals {
  access_account_name = var.account_name == "development" ? "dev" : var.account_name
}

data "aws_region" "current" {}

locals { # offline: data "aws_s3_bucket" "access_logging" (S3 API) -> its id, the bucket name it looks up
  offline_access_logging_bucket_id = "s3-access-logs-opg-sirius-${local.access_account_name}-${data.aws_region.current.name}" # offline: .region (provider 6) -> .name (5.100.0)
}
