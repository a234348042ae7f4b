# offline: this file is plangraph's, not upstream's. Upstream applies two
# roots, terraform/environments/primary (us-east-1) and
# terraform/environments/dr (us-west-2), one after the other with its
# scripts/deploy.sh, each with its own state; they are planned here as one
# configuration (both roots called as modules, each keeping its own provider
# block), wired as deploy.sh wires them:
# - deploy_dr: terraform plan -var="source_db_identifier=$PRIMARY_DB_IDENTIFIER",
#   the primary root's `terraform output -raw db_instance_identifier`;
# - setup_s3_replication: the primary root re-planned with
#   -var="enable_cross_region_replication=true"
#   -var="destination_bucket_arn=$DR_S3_BUCKET_ARN", the DR root's
#   `terraform output -raw s3_bucket_arn`. That ARN is known only after
#   apply here, and the storage module's count reads it, so it is built from
#   the DR bucket's name (known at plan): the same string.
# Regions: the roots' own var.aws_region defaults (us-east-1, us-west-2).
module "primary" {
  source = "./modules/primary"

  enable_cross_region_replication = true
  destination_bucket_arn          = "arn:aws:s3:::${module.dr.s3_bucket_name}"
}

module "dr" {
  source = "./modules/dr"

  source_db_identifier = module.primary.db_instance_identifier
}
