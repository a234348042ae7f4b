# common
locals { offline_data_aws_secretsmanager_secret_opg_lpa_common_admin_accounts = { arn = "arn:aws:secretsmanager:${data.aws_region.current.name}:123456789012:secret:x/opg_lpa_common_admin_accounts-AbCdEf", id = "arn:aws:secretsmanager:${data.aws_region.current.name}:123456789012:secret:x/opg_lpa_common_admin_accounts-AbCdEf", name = "x/opg_lpa_common_admin_accounts" } } # offline: was data "aws_secretsmanager_secret" "opg_lpa_common_admin_accounts" (provider aws), needs the AWS API



locals { offline_data_aws_secretsmanager_secret_opg_lpa_common_account_cleanup_notification_recipients = { arn = "arn:aws:secretsmanager:${data.aws_region.current.name}:123456789012:secret:x/opg_lpa_common_account_cleanup_notification_recipients-AbCdEf", id = "arn:aws:secretsmanager:${data.aws_region.current.name}:123456789012:secret:x/opg_lpa_common_account_cleanup_notification_recipients-AbCdEf", name = "x/opg_lpa_common_account_cleanup_notification_recipients" } } # offline: was data "aws_secretsmanager_secret" "opg_lpa_common_account_cleanup_notification_recipients" (provider aws), needs the AWS API



# api secrets
locals { offline_data_aws_secretsmanager_secret_opg_lpa_front_csrf_salt = { arn = "arn:aws:secretsmanager:${data.aws_region.current.name}:123456789012:secret:x/opg_lpa_front_csrf_salt-AbCdEf", id = "arn:aws:secretsmanager:${data.aws_region.current.name}:123456789012:secret:x/opg_lpa_front_csrf_salt-AbCdEf", name = "x/opg_lpa_front_csrf_salt" } } # offline: was data "aws_secretsmanager_secret" "opg_lpa_front_csrf_salt" (provider aws), needs the AWS API



locals { offline_data_aws_secretsmanager_secret_opg_lpa_api_notify_api_key = { arn = "arn:aws:secretsmanager:${data.aws_region.current.name}:123456789012:secret:x/opg_lpa_api_notify_api_key-AbCdEf", id = "arn:aws:secretsmanager:${data.aws_region.current.name}:123456789012:secret:x/opg_lpa_api_notify_api_key-AbCdEf", name = "x/opg_lpa_api_notify_api_key" } } # offline: was data "aws_secretsmanager_secret" "opg_lpa_api_notify_api_key" (provider aws), needs the AWS API



# admin secrets
locals { offline_data_aws_secretsmanager_secret_opg_lpa_admin_jwt_secret = { arn = "arn:aws:secretsmanager:${data.aws_region.current.name}:123456789012:secret:x/opg_lpa_admin_jwt_secret-AbCdEf", id = "arn:aws:secretsmanager:${data.aws_region.current.name}:123456789012:secret:x/opg_lpa_admin_jwt_secret-AbCdEf", name = "x/opg_lpa_admin_jwt_secret" } } # offline: was data "aws_secretsmanager_secret" "opg_lpa_admin_jwt_secret" (provider aws), needs the AWS API



# front secrets
locals { offline_data_aws_secretsmanager_secret_opg_lpa_front_gov_pay_key = { arn = "arn:aws:secretsmanager:${data.aws_region.current.name}:123456789012:secret:x/opg_lpa_front_gov_pay_key-AbCdEf", id = "arn:aws:secretsmanager:${data.aws_region.current.name}:123456789012:secret:x/opg_lpa_front_gov_pay_key-AbCdEf", name = "x/opg_lpa_front_gov_pay_key" } } # offline: was data "aws_secretsmanager_secret" "opg_lpa_front_gov_pay_key" (provider aws), needs the AWS API



locals { offline_data_aws_secretsmanager_secret_opg_lpa_front_os_places_hub_license_key = { arn = "arn:aws:secretsmanager:${data.aws_region.current.name}:123456789012:secret:x/opg_lpa_front_os_places_hub_license_key-AbCdEf", id = "arn:aws:secretsmanager:${data.aws_region.current.name}:123456789012:secret:x/opg_lpa_front_os_places_hub_license_key-AbCdEf", name = "x/opg_lpa_front_os_places_hub_license_key" } } # offline: was data "aws_secretsmanager_secret" "opg_lpa_front_os_places_hub_license_key" (provider aws), needs the AWS API



# pdf secrets
locals { offline_data_aws_secretsmanager_secret_opg_lpa_pdf_owner_password = { arn = "arn:aws:secretsmanager:${data.aws_region.current.name}:123456789012:secret:x/opg_lpa_pdf_owner_password-AbCdEf", id = "arn:aws:secretsmanager:${data.aws_region.current.name}:123456789012:secret:x/opg_lpa_pdf_owner_password-AbCdEf", name = "x/opg_lpa_pdf_owner_password" } } # offline: was data "aws_secretsmanager_secret" "opg_lpa_pdf_owner_password" (provider aws), needs the AWS API



# database secrets
locals { offline_data_aws_secretsmanager_secret_api_rds_username = { arn = "arn:aws:secretsmanager:${data.aws_region.current.name}:123456789012:secret:x/api_rds_username-AbCdEf", id = "arn:aws:secretsmanager:${data.aws_region.current.name}:123456789012:secret:x/api_rds_username-AbCdEf", name = "x/api_rds_username" } } # offline: was data "aws_secretsmanager_secret" "api_rds_username" (provider aws), needs the AWS API



locals { offline_data_aws_secretsmanager_secret_api_rds_password = { arn = "arn:aws:secretsmanager:${data.aws_region.current.name}:123456789012:secret:x/api_rds_password-AbCdEf", id = "arn:aws:secretsmanager:${data.aws_region.current.name}:123456789012:secret:x/api_rds_password-AbCdEf", name = "x/api_rds_password" } } # offline: was data "aws_secretsmanager_secret" "api_rds_password" (provider aws), needs the AWS API



locals { offline_data_aws_secretsmanager_secret_version_api_rds_username = { secret_string = "offline9f409f8afb1d063b", arn = "arn:aws:secretsmanager:${data.aws_region.current.name}:123456789012:secret:api-rds-username-AbCdEf", version_id = "v1", id = "v1" } } # offline: was data "aws_secretsmanager_secret_version" "api_rds_username" (provider aws), needs the AWS API



locals { offline_data_aws_secretsmanager_secret_version_api_rds_password = { secret_string = "offlinefcd991676a56b43a", arn = "arn:aws:secretsmanager:${data.aws_region.current.name}:123456789012:secret:api-rds-password-AbCdEf", version_id = "v1", id = "v1" } } # offline: was data "aws_secretsmanager_secret_version" "api_rds_password" (provider aws), needs the AWS API



#performance_platform secrets
locals { offline_data_aws_secretsmanager_secret_performance_platform_db_username = { arn = "arn:aws:secretsmanager:${data.aws_region.current.name}:123456789012:secret:x/performance_platform_db_username-AbCdEf", id = "arn:aws:secretsmanager:${data.aws_region.current.name}:123456789012:secret:x/performance_platform_db_username-AbCdEf", name = "x/performance_platform_db_username" } } # offline: was data "aws_secretsmanager_secret" "performance_platform_db_username" (provider aws), needs the AWS API



locals { offline_data_aws_secretsmanager_secret_performance_platform_db_password = { arn = "arn:aws:secretsmanager:${data.aws_region.current.name}:123456789012:secret:x/performance_platform_db_password-AbCdEf", id = "arn:aws:secretsmanager:${data.aws_region.current.name}:123456789012:secret:x/performance_platform_db_password-AbCdEf", name = "x/performance_platform_db_password" } } # offline: was data "aws_secretsmanager_secret" "performance_platform_db_password" (provider aws), needs the AWS API


