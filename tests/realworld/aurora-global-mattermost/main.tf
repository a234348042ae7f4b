# offline: upstream has no provider block (the default provider's region
# comes from the environment, ENV); this one only adds mock credentials.
provider "aws" {
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

module "global-db-cluster-test" {
  # offline: source was "git::https://github.com/mattermost/mattermost-cloud-monitoring.git//aws/rds-global-cluster?ref=v1.6.0"
  source                         = "./modules/rds-global-cluster"
  source_region                  = "us-east-1" # use your desired source region
  target_region                  = "us-west-2" # use your desired target region
  global_cluster_identifier      = "global-test"
  primary_cluster_identifier     = "test-primary-cluster"
  secondary_cluster_identifier   = "test-secondary-cluster"
  # offline: engine was "aurora", engine_version "5.6.mysql_aurora.1.22.2"
  # (Aurora MySQL 1, retired; hashicorp/aws 5.x rejects engine "aurora");
  # Aurora PostgreSQL 12, what the module's parameter groups are made for
  # (aurora_family default "aurora-postgresql12", log_min_duration_statement)
  engine                         = "aurora-postgresql"
  engine_version                 = "12.9"
  database_name                  = "testdatabase"
  master_username                = "username"
  master_password                = "secretpassword" # MasterUserPassword should be >= 8 characters.
  primary_db_subnet_group_name   = "subnet-group-name-for-source-region"
  secondary_db_subnet_group_name = "subnet-group-name-for-target-region"
  instance_class                 = "db.r4.large"
  backup_retention_period        = 5
  preferred_backup_window        = "02:00-03:00"
  skip_final_snapshot            = true

  # offline: the module (v1.7.6 and later) requires these 13 inputs, which
  # upstream's example (written for v1.6.0) does not set; made-up values
  # in the module's documented forms, the keys in each cluster's region.
  environment                               = "test"
  apply_immediately                         = true
  storage_encrypted                         = true
  monitoring_interval                       = 60
  performance_insights_enabled              = true
  primary_vpc_id                            = "vpc-0a1b2c3d4e5f60001"
  secondary_vpc_id                          = "vpc-0a1b2c3d4e5f60002"
  primary_vpc_security_group_ids            = ["sg-0a1b2c3d4e5f60001"]
  secondary_vpc_security_group_ids          = ["sg-0a1b2c3d4e5f60002"]
  primary_kms_key                           = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  secondary_kms_key                         = "arn:aws:kms:us-west-2:123456789012:key/5678abcd-56ab-78cd-90ef-5678901234cd"
  primary_enabled_cloudwatch_logs_exports   = ["postgresql"]
  secondary_enabled_cloudwatch_logs_exports = ["postgresql"]

  tags = {
    "Owner"     = "my-team",
    "Terraform" = "true",
    "Purpose"   = "provisioning"
  }
}
