locals { offline_data_aws_kms_alias_cloudwatch_encryption = { target_key_arn = "arn:aws:kms:${"eu-west-1"}:123456789012:key/82c5d978-98a2-a8ea-c8fc-ac15becf35bc", target_key_id = "82c5d978-98a2-a8ea-c8fc-ac15becf35bc", arn = "arn:aws:kms:${"eu-west-1"}:123456789012:alias/alias/cloudwatch-encryption-mrk", name = "alias/alias/cloudwatch-encryption-mrk", id = "alias/alias/cloudwatch-encryption-mrk" } } # offline: was data "aws_kms_alias" "cloudwatch_encryption" (provider aws), needs the AWS API



locals { offline_data_aws_kms_alias_event_receiver = { target_key_arn = "arn:aws:kms:${"eu-west-1"}:123456789012:key/e911fcba-f847-b26b-5950-c170dba0f900", target_key_id = "e911fcba-f847-b26b-5950-c170dba0f900", arn = "arn:aws:kms:${"eu-west-1"}:123456789012:alias/alias/event-receiver-mrk", name = "alias/alias/event-receiver-mrk", id = "alias/alias/event-receiver-mrk" } } # offline: was data "aws_kms_alias" "event_receiver" (provider aws), needs the AWS API



//--------------------
// ECR Repos

locals { offline_data_aws_ecr_repository_use_an_lpa_upload_statistics = { repository_url = "123456789012.dkr.ecr.${"eu-west-1"}.amazonaws.com/use_an_lpa/stats_upload_lambda", arn = "arn:aws:ecr:${"eu-west-1"}:123456789012:repository/use_an_lpa/stats_upload_lambda", name = "use_an_lpa/stats_upload_lambda", id = "use_an_lpa/stats_upload_lambda", registry_id = "123456789012" } } # offline: was data "aws_ecr_repository" "use_an_lpa_upload_statistics" (provider aws.management), needs the AWS API




locals { offline_data_aws_ecr_repository_use_an_lpa_event_receiver = { repository_url = "123456789012.dkr.ecr.${"eu-west-1"}.amazonaws.com/use_an_lpa/event_receiver", arn = "arn:aws:ecr:${"eu-west-1"}:123456789012:repository/use_an_lpa/event_receiver", name = "use_an_lpa/event_receiver", id = "use_an_lpa/event_receiver", registry_id = "123456789012" } } # offline: was data "aws_ecr_repository" "use_an_lpa_event_receiver" (provider aws.management), needs the AWS API




locals { offline_data_aws_ecr_repository_mock_onelogin = { repository_url = "123456789012.dkr.ecr.${"eu-west-1"}.amazonaws.com/mock-onelogin", arn = "arn:aws:ecr:${"eu-west-1"}:123456789012:repository/mock-onelogin", name = "mock-onelogin", id = "mock-onelogin", registry_id = "123456789012" } } # offline: was data "aws_ecr_repository" "mock_onelogin" (provider aws.management), needs the AWS API




locals { offline_allow_list = { moj_sites = ["81.134.202.29/32", "194.33.192.0/25", "194.33.196.0/25", "195.59.75.0/24", "213.121.161.112/28", "51.149.250.0/24"] } } # offline: was module "allow_list" (git@github.com:ministryofjustice/terraform-aws-moj-ip-allow-list.git?ref=v2.3.0), a list of MoJ office CIDRs; not fetchable here


