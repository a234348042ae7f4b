# A global cluster whose secondary reads the identifier through a
# pass-through resource, as the hashi-demo-lab TFE active/standby design
# does with time_sleep (a delay so that the secondary joins after the
# primary): here terraform_data, built in, whose output is its input
# (time_sleep's triggers and null_resource's triggers hand on their map the
# same way). Before, the secondary's global_cluster_identifier led to the
# terraform_data only: replica-per-region failed "no member cluster in
# us-west-2", and global-cluster-no-backtrack never saw the secondary's
# backtrack_window, which AWS rejects for a global member. Now the
# reference also names what the input names: the regions pass, and the
# backtrack window fails.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}
provider "aws" {
  region                      = "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
provider "aws" {
  alias                       = "west"
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}


resource "aws_rds_global_cluster" "g" {
  global_cluster_identifier = "repro-global"
  engine                    = "aurora-postgresql"
  engine_version            = "14.5"
  storage_encrypted         = true
}
resource "aws_kms_key" "east" {}
resource "aws_kms_key" "west" { provider = aws.west }
resource "aws_rds_cluster" "primary" {
  cluster_identifier        = "repro-primary"
  global_cluster_identifier = aws_rds_global_cluster.g.id
  engine                    = aws_rds_global_cluster.g.engine
  engine_version            = aws_rds_global_cluster.g.engine_version
  master_username           = "tfe"
  master_password           = "example-only-password"
  storage_encrypted         = true
  kms_key_id                = aws_kms_key.east.arn
  skip_final_snapshot       = true
}
# pass-through used to delay the secondary until the primary is in the global cluster
# (upstream uses time_sleep.triggers; terraform_data.output is the built-in equivalent)
resource "terraform_data" "wait" {
  depends_on = [aws_rds_cluster.primary]
  input      = { global_cluster_id = aws_rds_global_cluster.g.global_cluster_identifier }
}
resource "aws_rds_cluster" "secondary" {
  provider                  = aws.west
  cluster_identifier        = "repro-secondary"
  global_cluster_identifier = terraform_data.wait.output["global_cluster_id"]
  engine                    = "aurora-postgresql"
  engine_version            = "14.5"
  storage_encrypted         = true
  kms_key_id                = aws_kms_key.west.arn
  skip_final_snapshot       = true
  backtrack_window          = 3600
}
