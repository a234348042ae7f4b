locals { offline_data_pagerduty_service_pagerduty = { id = "Pda0521322ce09492", name = "pagerduty" } } # offline: was data "pagerduty_service" "pagerduty" (PagerDuty provider), needs the PagerDuty API



locals { offline_data_pagerduty_service_pagerduty_ops = { id = "P86db25283d676ca5", name = "pagerduty-ops" } } # offline: was data "pagerduty_service" "pagerduty_ops" (PagerDuty provider), needs the PagerDuty API



locals { offline_data_pagerduty_vendor_cloudwatch = { id = "PZQ6AUS", name = "Cloudwatch", type = "generic_events_api_inbound_integration" } } # offline: was data "pagerduty_vendor" "cloudwatch" (PagerDuty provider), needs the PagerDuty API



locals { offline_pagerduty_service_integration_cloudwatch_integration = { integration_key = "0123456789abcdef0123456789abcdef" } } # offline: was resource "pagerduty_service_integration" "cloudwatch_integration" (PagerDuty provider not in the mirror)





locals { offline_pagerduty_service_integration_cloudwatch_integration_ops = { integration_key = "fedcba9876543210fedcba9876543210" } } # offline: was resource "pagerduty_service_integration" "cloudwatch_integration_ops" (PagerDuty provider not in the mirror)




