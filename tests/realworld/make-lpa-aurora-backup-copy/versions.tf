terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
    # offline: local = {
    # offline: source  = "hashicorp/local"
    # offline: version = "~> 2.0"
    # offline: }
    # offline: pagerduty = {
    # offline: source  = "PagerDuty/pagerduty"
    # offline: version = "~> 2.0"
    # offline: }
  }

  required_version = ">= 1.11.0" # offline: was "1.12.2" (terraform 1.11.4 here)
}
