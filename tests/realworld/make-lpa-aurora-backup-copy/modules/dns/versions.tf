terraform {
  required_providers {
    aws = {
      source = "hashicorp/aws"
      configuration_aliases = [
        aws.management,
        aws.us_east_1
      ]
      version = "~> 5.0"
    }
    # offline: pagerduty = {
    # offline: source  = "PagerDuty/pagerduty"
    # offline: version = "~> 2.0"
    # offline: }
  }
  required_version = ">= 1.11.0" # offline: was "1.12.2" (terraform 1.11.4 here)
}
