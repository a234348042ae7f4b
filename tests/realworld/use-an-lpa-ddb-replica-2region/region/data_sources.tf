data "aws_region" "current" {
  provider = aws.region
}

data "aws_default_tags" "current" {
  provider = aws.region
}

locals { offline_data_aws_caller_identity_current = { account_id = "123456789012", arn = "arn:aws:iam::123456789012:role/offline", id = "123456789012", user_id = "AROAOFFLINE" } } # offline: was data "aws_caller_identity" "current" (provider aws.region), needs the AWS API



locals { offline_data_aws_kms_alias_sessions_viewer = { target_key_arn = "arn:aws:kms:${data.aws_region.current.name}:123456789012:key/07ecf3eb-46da-57d1-e3cb-777407b39dbb", target_key_id = "07ecf3eb-46da-57d1-e3cb-777407b39dbb", arn = "arn:aws:kms:${data.aws_region.current.name}:123456789012:alias/alias/sessions-viewer-mrk", name = "alias/alias/sessions-viewer-mrk", id = "alias/alias/sessions-viewer-mrk" } } # offline: was data "aws_kms_alias" "sessions_viewer" (provider aws.region), needs the AWS API





locals { offline_data_aws_kms_alias_sessions_actor = { target_key_arn = "arn:aws:kms:${data.aws_region.current.name}:123456789012:key/6b76f1dd-9846-15d2-dbe3-718153505cd3", target_key_id = "6b76f1dd-9846-15d2-dbe3-718153505cd3", arn = "arn:aws:kms:${data.aws_region.current.name}:123456789012:alias/alias/sessions-actor-mrk", name = "alias/alias/sessions-actor-mrk", id = "alias/alias/sessions-actor-mrk" } } # offline: was data "aws_kms_alias" "sessions_actor" (provider aws.region), needs the AWS API





locals { offline_data_aws_kms_alias_secrets_manager = { target_key_arn = "arn:aws:kms:${data.aws_region.current.name}:123456789012:key/3052d8b2-0ebf-936b-362c-13c8de611ebf", target_key_id = "3052d8b2-0ebf-936b-362c-13c8de611ebf", arn = "arn:aws:kms:${data.aws_region.current.name}:123456789012:alias/alias/secrets_manager_encryption-mrk", name = "alias/alias/secrets_manager_encryption-mrk", id = "alias/alias/secrets_manager_encryption-mrk" } } # offline: was data "aws_kms_alias" "secrets_manager" (provider aws.region), needs the AWS API





locals { offline_data_aws_kms_alias_pagerduty_sns = { target_key_arn = "arn:aws:kms:${data.aws_region.current.name}:123456789012:key/48292e63-0329-b857-c443-1ab2a9b956c4", target_key_id = "48292e63-0329-b857-c443-1ab2a9b956c4", arn = "arn:aws:kms:${data.aws_region.current.name}:123456789012:alias/alias/pagerduty-sns", name = "alias/alias/pagerduty-sns", id = "alias/alias/pagerduty-sns" } } # offline: was data "aws_kms_alias" "pagerduty_sns" (provider aws.region), needs the AWS API





locals { offline_data_aws_kms_alias_cloudwatch_encryption = { target_key_arn = "arn:aws:kms:${data.aws_region.current.name}:123456789012:key/67839403-59d1-31b3-a871-7e949c83e5c9", target_key_id = "67839403-59d1-31b3-a871-7e949c83e5c9", arn = "arn:aws:kms:${data.aws_region.current.name}:123456789012:alias/alias/cloudwatch-encryption-mrk", name = "alias/alias/cloudwatch-encryption-mrk", id = "alias/alias/cloudwatch-encryption-mrk" } } # offline: was data "aws_kms_alias" "cloudwatch_encryption" (provider aws.region), needs the AWS API





//--------------------
// ECR Repos

locals { offline_data_aws_ecr_repository_use_an_lpa_front_web = { repository_url = "123456789012.dkr.ecr.${"eu-west-1"}.amazonaws.com/use_an_lpa/front_web", arn = "arn:aws:ecr:${"eu-west-1"}:123456789012:repository/use_an_lpa/front_web", name = "use_an_lpa/front_web", id = "use_an_lpa/front_web", registry_id = "123456789012" } } # offline: was data "aws_ecr_repository" "use_an_lpa_front_web" (provider aws.management), needs the AWS API




locals { offline_data_aws_ecr_repository_use_an_lpa_front_app = { repository_url = "123456789012.dkr.ecr.${"eu-west-1"}.amazonaws.com/use_an_lpa/front_app", arn = "arn:aws:ecr:${"eu-west-1"}:123456789012:repository/use_an_lpa/front_app", name = "use_an_lpa/front_app", id = "use_an_lpa/front_app", registry_id = "123456789012" } } # offline: was data "aws_ecr_repository" "use_an_lpa_front_app" (provider aws.management), needs the AWS API




locals { offline_data_aws_ecr_repository_use_an_lpa_api_app = { repository_url = "123456789012.dkr.ecr.${"eu-west-1"}.amazonaws.com/use_an_lpa/api_app", arn = "arn:aws:ecr:${"eu-west-1"}:123456789012:repository/use_an_lpa/api_app", name = "use_an_lpa/api_app", id = "use_an_lpa/api_app", registry_id = "123456789012" } } # offline: was data "aws_ecr_repository" "use_an_lpa_api_app" (provider aws.management), needs the AWS API




locals { offline_data_aws_ecr_repository_use_an_lpa_api_web = { repository_url = "123456789012.dkr.ecr.${"eu-west-1"}.amazonaws.com/use_an_lpa/api_web", arn = "arn:aws:ecr:${"eu-west-1"}:123456789012:repository/use_an_lpa/api_web", name = "use_an_lpa/api_web", id = "use_an_lpa/api_web", registry_id = "123456789012" } } # offline: was data "aws_ecr_repository" "use_an_lpa_api_web" (provider aws.management), needs the AWS API




locals { offline_data_aws_ecr_repository_use_an_lpa_pdf = { repository_url = "123456789012.dkr.ecr.${"eu-west-1"}.amazonaws.com/pdf-service", arn = "arn:aws:ecr:${"eu-west-1"}:123456789012:repository/pdf-service", name = "pdf-service", id = "pdf-service", registry_id = "123456789012" } } # offline: was data "aws_ecr_repository" "use_an_lpa_pdf" (provider aws.management), needs the AWS API




locals { offline_data_aws_ecr_image_pdf_service = { image_digest = "sha256:0000000000000000000000000000000000000000000000000000000000000000", id = "sha256:0000000000000000000000000000000000000000000000000000000000000000", image_uri = "123456789012.dkr.ecr.${"eu-west-1"}.amazonaws.com/pdf-service@sha256:0000000000000000000000000000000000000000000000000000000000000000", image_tags = ["latest"] } } # offline: was data "aws_ecr_image" "pdf_service" (provider aws.management), needs the AWS API






locals { offline_data_aws_ecr_repository_use_an_lpa_admin_app = { repository_url = "123456789012.dkr.ecr.${"eu-west-1"}.amazonaws.com/use_an_lpa/admin_app", arn = "arn:aws:ecr:${"eu-west-1"}:123456789012:repository/use_an_lpa/admin_app", name = "use_an_lpa/admin_app", id = "use_an_lpa/admin_app", registry_id = "123456789012" } } # offline: was data "aws_ecr_repository" "use_an_lpa_admin_app" (provider aws.management), needs the AWS API




locals { offline_data_aws_secretsmanager_secret_notify_api_key = { arn = "arn:aws:secretsmanager:${data.aws_region.current.name}:123456789012:secret:notify-api-key-AbCdEf", id = "arn:aws:secretsmanager:${data.aws_region.current.name}:123456789012:secret:notify-api-key-AbCdEf", name = "notify-api-key" } } # offline: was data "aws_secretsmanager_secret" "notify_api_key" (provider aws.region), needs the AWS API





locals { offline_data_aws_secretsmanager_secret_gov_uk_onelogin_client_id = { arn = "arn:aws:secretsmanager:${data.aws_region.current.name}:123456789012:secret:gov-uk-onelogin-client-id-AbCdEf", id = "arn:aws:secretsmanager:${data.aws_region.current.name}:123456789012:secret:gov-uk-onelogin-client-id-AbCdEf", name = "gov-uk-onelogin-client-id" } } # offline: was data "aws_secretsmanager_secret" "gov_uk_onelogin_client_id" (provider aws.region), needs the AWS API





locals { offline_data_aws_secretsmanager_secret_gov_uk_onelogin_identity_public_key = { arn = "arn:aws:secretsmanager:${data.aws_region.current.name}:123456789012:secret:gov-uk-onelogin-identity-public-key-AbCdEf", id = "arn:aws:secretsmanager:${data.aws_region.current.name}:123456789012:secret:gov-uk-onelogin-identity-public-key-AbCdEf", name = "gov-uk-onelogin-identity-public-key" } } # offline: was data "aws_secretsmanager_secret" "gov_uk_onelogin_identity_public_key" (provider aws.region), needs the AWS API





locals { offline_data_aws_secretsmanager_secret_gov_uk_onelogin_identity_private_key = { arn = "arn:aws:secretsmanager:${data.aws_region.current.name}:123456789012:secret:gov-uk-onelogin-identity-private-key-AbCdEf", id = "arn:aws:secretsmanager:${data.aws_region.current.name}:123456789012:secret:gov-uk-onelogin-identity-private-key-AbCdEf", name = "gov-uk-onelogin-identity-private-key" } } # offline: was data "aws_secretsmanager_secret" "gov_uk_onelogin_identity_private_key" (provider aws.region), needs the AWS API





locals { offline_data_aws_secretsmanager_secret_lpa_data_store_secret = { arn = "arn:aws:secretsmanager:${data.aws_region.current.name}:123456789012:secret:lpa-data-store-secret-AbCdEf", id = "arn:aws:secretsmanager:${data.aws_region.current.name}:123456789012:secret:lpa-data-store-secret-AbCdEf", name = "lpa-data-store-secret" } } # offline: was data "aws_secretsmanager_secret" "lpa_data_store_secret" (provider aws.region), needs the AWS API





locals { offline_data_aws_kms_alias_jwt_key = { target_key_arn = "arn:aws:kms:${"eu-west-1"}:123456789012:key/7ebf3e4c-4b62-6257-6076-7bbc5e8e754a", target_key_id = "7ebf3e4c-4b62-6257-6076-7bbc5e8e754a", arn = "arn:aws:kms:${"eu-west-1"}:123456789012:alias/alias/opg-data-lpa-store/x/jwt-key", name = "alias/alias/opg-data-lpa-store/x/jwt-key", id = "alias/alias/opg-data-lpa-store/x/jwt-key" } } # offline: was data "aws_kms_alias" "jwt_key" (provider aws.management), needs the AWS API




locals { offline_data_aws_secretsmanager_secret_lpa_store_jwt_key = { arn = "arn:aws:secretsmanager:${"eu-west-1"}:123456789012:secret:opg-data-lpa-store/x/jwt-key-AbCdEf", id = "arn:aws:secretsmanager:${"eu-west-1"}:123456789012:secret:opg-data-lpa-store/x/jwt-key-AbCdEf", name = "opg-data-lpa-store/x/jwt-key" } } # offline: was data "aws_secretsmanager_secret" "lpa_store_jwt_key" (provider aws.management), needs the AWS API




locals { offline_data_aws_ip_ranges_route53_healthchecks = { cidr_blocks = ["15.177.0.0/18", "54.228.16.0/26", "176.34.159.192/26"], ipv6_cidr_blocks = ["2a05:d018:fcc:3a00::/56"], id = "offline" } } # offline: was data "aws_ip_ranges" "route53_healthchecks" (provider aws.region), needs the AWS API






locals { offline_data_aws_security_group_brute_force_cache_service = { id = "sg-0b039a1713c9346f9", arn = "arn:aws:ec2:${data.aws_region.current.name}:123456789012:security-group/sg-0b039a1713c9346f9", name = "group-name" } } # offline: was data "aws_security_group" "brute_force_cache_service" (provider aws.region), needs the AWS API








locals { offline_data_aws_elasticache_replication_group_brute_force_cache_replication_group = { id = "brute-force-cache-replication-group", arn = "arn:aws:elasticache:${data.aws_region.current.name}:123456789012:replicationgroup:brute-force-cache-replication-group", primary_endpoint_address = "master.brute-force-cache-replication-group.abcdef.${data.aws_region.current.name}.cache.amazonaws.com", reader_endpoint_address = "replica.brute-force-cache-replication-group.abcdef.${data.aws_region.current.name}.cache.amazonaws.com", port = 6379, configuration_endpoint_address = "" } } # offline: was data "aws_elasticache_replication_group" "brute_force_cache_replication_group" (provider aws.region), needs the AWS API





locals { offline_data_aws_iam_role_ecs_autoscaling_service_role = { arn = "arn:aws:iam::123456789012:role/AWSServiceRoleForApplicationAutoScaling_ECSService", name = "AWSServiceRoleForApplicationAutoScaling_ECSService", id = "AWSServiceRoleForApplicationAutoScaling_ECSService", unique_id = "AROAOFFLINE" } } # offline: was data "aws_iam_role" "ecs_autoscaling_service_role" (provider aws.region), needs the AWS API





locals { offline_data_aws_s3_bucket_access_log = { id = "opg-ual-x-lb-access-logs-x", bucket = "opg-ual-x-lb-access-logs-x", arn = "arn:aws:s3:::opg-ual-x-lb-access-logs-x", bucket_regional_domain_name = "opg-ual-x-lb-access-logs-x.s3.${data.aws_region.current.name}.amazonaws.com", region = "${data.aws_region.current.name}" } } # offline: was data "aws_s3_bucket" "access_log" (provider aws.region), needs the AWS API




