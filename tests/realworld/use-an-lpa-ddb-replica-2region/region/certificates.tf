locals { offline_data_aws_acm_certificate_certificate_view = { arn = "arn:aws:acm:${data.aws_region.current.name}:123456789012:certificate/57b54419-34f1-d9a9-1d38-885d250cb645", id = "arn:aws:acm:${data.aws_region.current.name}:123456789012:certificate/57b54419-34f1-d9a9-1d38-885d250cb645", domain = "xview.lastingpowerofattorney.opg.service.justice.gov.uk" } } # offline: was data "aws_acm_certificate" "certificate_view" (provider aws.region), needs the AWS API





locals { offline_data_aws_acm_certificate_certificate_use = { arn = "arn:aws:acm:${data.aws_region.current.name}:123456789012:certificate/ef06bfbc-7369-0675-1b01-4469b3eb9b94", id = "arn:aws:acm:${data.aws_region.current.name}:123456789012:certificate/ef06bfbc-7369-0675-1b01-4469b3eb9b94", domain = "xuse.lastingpowerofattorney.opg.service.justice.gov.uk" } } # offline: was data "aws_acm_certificate" "certificate_use" (provider aws.region), needs the AWS API





locals { offline_data_aws_acm_certificate_certificate_admin = { arn = "arn:aws:acm:${data.aws_region.current.name}:123456789012:certificate/ea4bdcff-cf74-8167-b4c6-9a31c83982e3", id = "arn:aws:acm:${data.aws_region.current.name}:123456789012:certificate/ea4bdcff-cf74-8167-b4c6-9a31c83982e3", domain = "xadmin.lastingpowerofattorney.opg.service.justice.gov.uk" } } # offline: was data "aws_acm_certificate" "certificate_admin" (provider aws.region), needs the AWS API





locals { offline_data_aws_acm_certificate_certificate_mock_onelogin = { arn = "arn:aws:acm:${data.aws_region.current.name}:123456789012:certificate/df6d7538-1ca1-3a61-69a5-542adb8eea69", id = "arn:aws:acm:${data.aws_region.current.name}:123456789012:certificate/df6d7538-1ca1-3a61-69a5-542adb8eea69", domain = "xmol.lastingpowerofattorney.opg.service.justice.gov.uk" } } # offline: was data "aws_acm_certificate" "certificate_mock_onelogin" (provider aws.region), needs the AWS API





locals { offline_data_aws_acm_certificate_public_facing_certificate_view = { arn = "arn:aws:acm:${data.aws_region.current.name}:123456789012:certificate/80fe408a-60de-18cc-90b7-b42d120214ad", id = "arn:aws:acm:${data.aws_region.current.name}:123456789012:certificate/80fe408a-60de-18cc-90b7-b42d120214ad", domain = "xview-lasting-power-of-attorney.service.gov.uk" } } # offline: was data "aws_acm_certificate" "public_facing_certificate_view" (provider aws.region), needs the AWS API





locals { offline_data_aws_acm_certificate_public_facing_certificate_use = { arn = "arn:aws:acm:${data.aws_region.current.name}:123456789012:certificate/72e92623-ebc1-fb15-1d83-f3360b70e547", id = "arn:aws:acm:${data.aws_region.current.name}:123456789012:certificate/72e92623-ebc1-fb15-1d83-f3360b70e547", domain = "xuse-lasting-power-of-attorney.service.gov.uk" } } # offline: was data "aws_acm_certificate" "public_facing_certificate_use" (provider aws.region), needs the AWS API



