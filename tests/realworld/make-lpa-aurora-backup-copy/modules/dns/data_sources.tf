locals { offline_data_aws_route53_zone_opg_service_justice_gov_uk = { zone_id = "Z03d7ebace879f95a6", id = "Z03d7ebace879f95a6", name = "opg.service.justice.gov.uk", arn = "arn:aws:route53:::hostedzone/Z03d7ebace879f95a6" } } # offline: was data "aws_route53_zone" "opg_service_justice_gov_uk" (provider aws.management), needs the AWS API




locals { offline_data_aws_route53_zone_live_service_lasting_power_of_attorney = { zone_id = "Z0c8467338e51694b1", id = "Z0c8467338e51694b1", name = "lastingpowerofattorney.service.gov.uk", arn = "arn:aws:route53:::hostedzone/Z0c8467338e51694b1" } } # offline: was data "aws_route53_zone" "live_service_lasting_power_of_attorney" (provider aws.management), needs the AWS API



