module "s3-cross-region-replication" {
  source = "./modules/s3-bucket-with-cross-region-replication" # offline: upstream "./.." (the module at the repository root)

  providers = {
    aws.primary   = aws.primary
    aws.secondary = aws.secondary
  }

  primary_name   = "source-bucket"
  secondary_name = "destination-bucket"
}
