locals {
  environment = terraform.workspace
  account     = contains(keys(var.accounts), local.environment) ? var.accounts[local.environment] : var.accounts.development
}

variable "default_role" {
  default     = "opg-data-lpa-iap-development-ci"
  type        = string
  description = "Default role to assume when running Terraform"
}

locals { offline_caller_account_id = local.account.account_id } # offline: data "aws_caller_identity" "current" {} (STS) -> the account the provider assumes a role in (terraform.tfvars.json)

data "aws_region" "current" {}

variable "accounts" {
  type = map(
    object({
      name                 = string
      account_id           = string
      is_production        = bool
      pagerduty_service_id = string
    })
  )
}

variable "pagerduty_token" {
  type        = string
  description = "PagerDuty API token"
}
