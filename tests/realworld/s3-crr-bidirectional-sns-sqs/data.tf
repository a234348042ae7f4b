# offline: upstream's data.tf reads seven data sources from AWS at plan time
# (aws_caller_identity.current; aws_s3_bucket, aws_sqs_queue and
# aws_sns_topic, each .primary and .secondary). They become the locals
# below, literals of the shape upstream's `deployment/` root gives these
# resources in each region (bucket
# "${bucket_prefix_name}-${account_id}-${region}", queue and topic
# "${sqs_sns_name}"), with the account id 123456789012. Every
# `data.aws_<type>.<name>` in s3-replication.tf and sns_replication.tf reads
# `local.offline_<type>_<name>` instead; nothing else changes.
locals {
  offline_account_id = "123456789012"

  offline_s3_bucket_primary = {
    id  = format("%s-%s-%s", var.bucket_prefix_name, local.offline_account_id, var.region_primary)
    arn = format("arn:aws:s3:::%s-%s-%s", var.bucket_prefix_name, local.offline_account_id, var.region_primary)
  }

  offline_s3_bucket_secondary = {
    id  = format("%s-%s-%s", var.bucket_prefix_name, local.offline_account_id, var.region_secondary)
    arn = format("arn:aws:s3:::%s-%s-%s", var.bucket_prefix_name, local.offline_account_id, var.region_secondary)
  }

  offline_sqs_queue_primary = {
    arn = format("arn:aws:sqs:%s:%s:%s", var.region_primary, local.offline_account_id, var.sqs_sns_name)
  }

  offline_sqs_queue_secondary = {
    arn = format("arn:aws:sqs:%s:%s:%s", var.region_secondary, local.offline_account_id, var.sqs_sns_name)
  }

  offline_sns_topic_primary = {
    arn = format("arn:aws:sns:%s:%s:%s", var.region_primary, local.offline_account_id, var.sqs_sns_name)
  }

  offline_sns_topic_secondary = {
    arn = format("arn:aws:sns:%s:%s:%s", var.region_secondary, local.offline_account_id, var.sqs_sns_name)
  }
}
