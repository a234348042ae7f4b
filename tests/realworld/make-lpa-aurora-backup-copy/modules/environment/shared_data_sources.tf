locals { offline_data_aws_kms_key_lpa_pdf_sqs = { arn = "arn:aws:kms:${data.aws_region.current.name}:123456789012:key/mrk-66f849b63e6c3f9b66f849b63e6c3f9b", id = "mrk-66f849b63e6c3f9b66f849b63e6c3f9b", key_id = "mrk-66f849b63e6c3f9b66f849b63e6c3f9b", multi_region = true } } # offline: was data "aws_kms_key" "lpa_pdf_sqs" (provider aws), needs the AWS API



locals { offline_data_aws_security_group_front_cache_region = { id = "sg-0a77a5ceff8e249d2", arn = "arn:aws:ec2:${data.aws_region.current.name}:123456789012:security-group/sg-0a77a5ceff8e249d2", name = "x-x-front-cache" } } # offline: was data "aws_security_group" "front_cache_region" (provider aws), needs the AWS API



locals { offline_data_aws_elasticache_replication_group_front_cache_region = { id = "front-cache-region", arn = "arn:aws:elasticache:${data.aws_region.current.name}:123456789012:replicationgroup:front-cache-region", primary_endpoint_address = "master.front-cache-region.abcdef.${data.aws_region.current.name}.cache.amazonaws.com", reader_endpoint_address = "replica.front-cache-region.abcdef.${data.aws_region.current.name}.cache.amazonaws.com", port = 6379, configuration_endpoint_address = "" } } # offline: was data "aws_elasticache_replication_group" "front_cache_region" (provider aws), needs the AWS API



locals { offline_data_aws_s3_bucket_access_log = { id = "online-lpa-x-x-lb-access-logs", bucket = "online-lpa-x-x-lb-access-logs", arn = "arn:aws:s3:::online-lpa-x-x-lb-access-logs", bucket_regional_domain_name = "online-lpa-x-x-lb-access-logs.s3.${data.aws_region.current.name}.amazonaws.com", region = "${data.aws_region.current.name}" } } # offline: was data "aws_s3_bucket" "access_log" (provider aws), needs the AWS API



locals { offline_data_aws_s3_bucket_lpa_pdf_cache = { id = "lpa-pdf-cache", bucket = "lpa-pdf-cache", arn = "arn:aws:s3:::lpa-pdf-cache", bucket_regional_domain_name = "lpa-pdf-cache.s3.${data.aws_region.current.name}.amazonaws.com", region = "${data.aws_region.current.name}" } } # offline: was data "aws_s3_bucket" "lpa_pdf_cache" (provider aws), needs the AWS API



locals { offline_data_aws_kms_key_lpa_pdf_cache = { arn = "arn:aws:kms:${data.aws_region.current.name}:123456789012:key/mrk-3543b098e27ae0903543b098e27ae090", id = "mrk-3543b098e27ae0903543b098e27ae090", key_id = "mrk-3543b098e27ae0903543b098e27ae090", multi_region = true } } # offline: was data "aws_kms_key" "lpa_pdf_cache" (provider aws), needs the AWS API



locals { offline_data_aws_acm_certificate_certificate_front = { arn = "arn:aws:acm:${data.aws_region.current.name}:123456789012:certificate/cd76cdd1-f67a-f198-4b09-44d9138cead7", id = "arn:aws:acm:${data.aws_region.current.name}:123456789012:certificate/cd76cdd1-f67a-f198-4b09-44d9138cead7", domain = "xxfront.lpa.opg.service.justice.gov.uk" } } # offline: was data "aws_acm_certificate" "certificate_front" (provider aws), needs the AWS API



locals { offline_data_aws_acm_certificate_certificate_admin = { arn = "arn:aws:acm:${data.aws_region.current.name}:123456789012:certificate/15984394-f396-5813-8a65-67b8280388d0", id = "arn:aws:acm:${data.aws_region.current.name}:123456789012:certificate/15984394-f396-5813-8a65-67b8280388d0", domain = "xxadmin.lpa.opg.service.justice.gov.uk" } } # offline: was data "aws_acm_certificate" "certificate_admin" (provider aws), needs the AWS API



locals { offline_data_aws_acm_certificate_public_facing_certificate = { arn = "arn:aws:acm:${data.aws_region.current.name}:123456789012:certificate/48965e5b-3983-e3e5-a107-f6982d2d0470", id = "arn:aws:acm:${data.aws_region.current.name}:123456789012:certificate/48965e5b-3983-e3e5-a107-f6982d2d0470", domain = "xxlastingpowerofattorney.service.gov.uk" } } # offline: was data "aws_acm_certificate" "public_facing_certificate" (provider aws), needs the AWS API



locals { offline_data_aws_iam_role_ecs_autoscaling_service_role = { arn = "arn:aws:iam::123456789012:role/AWSServiceRoleForApplicationAutoScaling_ECSService", name = "AWSServiceRoleForApplicationAutoScaling_ECSService", id = "AWSServiceRoleForApplicationAutoScaling_ECSService", unique_id = "AROAOFFLINE" } } # offline: was data "aws_iam_role" "ecs_autoscaling_service_role" (provider aws), needs the AWS API



locals { offline_data_aws_kms_alias_secrets_encryption_alias = { target_key_arn = "arn:aws:kms:${data.aws_region.current.name}:123456789012:key/3bdd9f57-7905-0853-bb56-2ceaf02ea844", target_key_id = "3bdd9f57-7905-0853-bb56-2ceaf02ea844", arn = "arn:aws:kms:${data.aws_region.current.name}:123456789012:alias/alias/secrets_encryption_key-x", name = "alias/alias/secrets_encryption_key-x", id = "alias/alias/secrets_encryption_key-x" } } # offline: was data "aws_kms_alias" "secrets_encryption_alias" (provider aws), needs the AWS API



locals { offline_data_aws_kms_alias_multi_region_secrets_encryption_alias = { target_key_arn = "arn:aws:kms:${data.aws_region.current.name}:123456789012:key/f44c2dba-918f-9a58-be7b-618ca7c8b959", target_key_id = "f44c2dba-918f-9a58-be7b-618ca7c8b959", arn = "arn:aws:kms:${data.aws_region.current.name}:123456789012:alias/alias/mrk_secrets_encryption_key-x", name = "alias/alias/mrk_secrets_encryption_key-x", id = "alias/alias/mrk_secrets_encryption_key-x" } } # offline: was data "aws_kms_alias" "multi_region_secrets_encryption_alias" (provider aws), needs the AWS API



data "aws_region" "current" {}

locals { offline_data_aws_caller_identity_current = { account_id = "123456789012", arn = "arn:aws:iam::123456789012:role/offline", id = "123456789012", user_id = "AROAOFFLINE" } } # offline: was data "aws_caller_identity" "current" (provider aws), needs the AWS API
