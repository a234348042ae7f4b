# cloudtrail kms key lookup
# offline: data "aws_kms_key" "cloudtrail_key" (provider aws.core-logging,
# eu-west-2, key_id = "alias/s3-logging-cloudtrail"; KMS at plan time) ->
# local.offline_cloudtrail_key_arn, a key ARN of that region and of the
# core-logging account of local.environment_management
locals {
  offline_cloudtrail_key_arn = "arn:aws:kms:eu-west-2:444455556666:key/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0"
}

#trivy:ignore:AVD-AWS-0136
module "baselines" {
  source = "./modules/baselines" # v7.13.7 # offline: was "github.com/ministryofjustice/modernisation-platform-terraform-baselines?ref=024b4744cb235c2d2d7c19000f2d30abb485a483"
  providers = {
    # Default and replication regions
    aws                    = aws.workspace-eu-west-2
    aws.replication-region = aws.workspace-eu-west-1

    # Enabled regions
    aws.eu-central-1 = aws.workspace-eu-central-1
    aws.eu-west-1    = aws.workspace-eu-west-1
    aws.eu-west-2    = aws.workspace-eu-west-2
    aws.eu-west-3    = aws.workspace-eu-west-3
    aws.us-east-1    = aws.workspace-us-east-1

    # We're part of a Organization SCP that restricts regional usage, so we can't assume roles in non-restricted regions.
    # However, Terraform doesn't support optional providers, so we have to ensure there is a provider
    # declaration for each region used in the module.
    #
    # Since we can't assume the roles, and Terraform doesn't support optional providers, we need to
    # "default" the regional providers for restricted regions to a region that is unrestricted.
    # They're not part of the enabled_baselines_region list, so Terraform won't try to
    # create any resources for these providers.
    aws.eu-north-1     = aws.workspace-eu-west-2
    aws.ap-northeast-1 = aws.workspace-eu-west-2
    aws.ap-northeast-2 = aws.workspace-eu-west-2
    aws.ap-south-1     = aws.workspace-eu-west-2
    aws.ap-southeast-1 = aws.workspace-eu-west-2
    aws.ap-southeast-2 = aws.workspace-eu-west-2
    aws.ca-central-1   = aws.workspace-eu-west-2
    aws.sa-east-1      = aws.workspace-eu-west-2
    aws.us-east-2      = aws.workspace-eu-west-2
    aws.us-west-1      = aws.workspace-eu-west-2
    aws.us-west-2      = aws.workspace-eu-west-2
  }

  # Ensure bucket policy references correct account
  current_account_id = local.environment_management.account_ids[terraform.workspace]

  # Selectively reduce pre prod backups on certain accounts
  reduced_preprod_backup_retention = local.reduced_preprod_backup_retention

  # Selectively enable CloudTrail object-level logging
  enable_cloudtrail_s3_mgmt_events = local.enable-cloudtrail-events

  # Regions to enable IAM Access Analyzer in
  enabled_access_analyzer_regions = local.enabled_baseline_regions

  # Regions to enable AWS Backup in
  enabled_backup_regions = local.enabled_baseline_regions

  # Regions to enable AWS Config in
  enabled_config_regions = local.enabled_baseline_regions

  # Regions to enable EBS encryption in
  enabled_ebs_encryption_regions = local.enabled_baseline_regions

  # Regions to enable GuardDuty in
  # Guard duty is now enabled for all new accounts by default

  # Regions to enable Security Hub in
  enabled_securityhub_regions = local.enabled_baseline_regions

  cloudtrail_kms_key = local.offline_cloudtrail_key_arn # offline: was data.aws_kms_key.cloudtrail_key.arn
  root_account_id    = local.root_account.master_account_id
  tags               = local.environments

  # Regions to enable IMDSv2 in
  enabled_imdsv2_regions = local.enabled_baseline_regions

  # Flag to indicate if alerting resources should be created in the region
  enable_securityhub_alerts = true

  # Pass in pagerduty integration key for security hub alerts
  pagerduty_integration_key = local.is_core_account ? local.pagerduty_integration_keys["security_hub"] : local.pagerduty_integration_keys["security_hub_members"]

  # PagerDuty Key for High Priority Alarms
  high_priority_pagerduty_integration_key = local.pagerduty_integration_keys["core_alerts_high_priority_cloudwatch"]
}

# offline: data "aws_secretsmanager_secret_version" "pagerduty_integration_keys"
# and data "aws_secretsmanager_secret" "pagerduty_integration_keys" (provider
# aws.modernisation-secrets-read, Secrets Manager at plan time) removed; their
# decoded secret_string is the literal map below, made-up keys

# Keys for pagerduty
locals {
  pagerduty_integration_keys = { security_hub = "offline-pdkey-sh", security_hub_members = "offline-pdkey-shm", core_alerts_high_priority_cloudwatch = "offline-pdkey-hp" } # offline: was jsondecode(data.aws_secretsmanager_secret_version.pagerduty_integration_keys.secret_string)
}
