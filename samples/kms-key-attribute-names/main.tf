# kms-key-per-region on key attributes whose names hold no "kms": an SSM
# SecureString's key_id, the EBS default key's key_arn (the per-region
# baseline that encrypts every new volume), an EKS cluster's
# encryption_config.provider.key_arn. Each of these us-west-2 resources
# names the us-east-1 key; before, none was a subject (only the log
# group, by kms_key_id, failed). All four fail now.
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
  alias                       = "dr"
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
resource "aws_kms_key" "main" {
  multi_region = true
}
resource "aws_kms_replica_key" "dr" {
  provider        = aws.dr
  primary_key_arn = aws_kms_key.main.arn
}
# each of these, in us-west-2, names the us-east-1 key: all wrong
resource "aws_ebs_default_kms_key" "dr" {
  provider = aws.dr
  key_arn  = aws_kms_key.main.arn
}
resource "aws_ssm_parameter" "dr" {
  provider = aws.dr
  name     = "/app/db-password"
  type     = "SecureString"
  value    = "x"
  key_id   = aws_kms_key.main.arn
}
resource "aws_cloudwatch_log_group" "dr" {   # contrast: caught
  provider   = aws.dr
  name       = "/app/dr"
  kms_key_id = aws_kms_key.main.arn
}
resource "aws_eks_cluster" "dr" {
  provider = aws.dr
  name     = "dr"
  role_arn = "arn:aws:iam::111111111111:role/eks"
  vpc_config {
    subnet_ids = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  }
  encryption_config {
    resources = ["secrets"]
    provider {
      key_arn = aws_kms_key.main.arn
    }
  }
}
