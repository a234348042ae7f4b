# offline: the variables of upstream variables.tf (control_tower_account_ids, regions,
# aws_config, tags, aws_ebs_encryption_by_default) that the kept resources read, verbatim;
# offline_organization_account_ids (at the end) is new.
variable "control_tower_account_ids" {
  type = object({
    audit   = string
    logging = string
  })
  description = "Control Tower core account IDs"
}

variable "regions" {
  type = object({
    allowed_regions = list(string)
    home_region     = string
    linked_regions  = optional(list(string), ["us-east-1"])
  })
  description = "Region configuration. See the README for more information on the configuration options."

  validation {
    condition     = length(var.regions.linked_regions) > 0
    error_message = "The 'linked_regions' list must include at least one region. By default, 'us-east-1' is specified to ensure the tracking of global resources. Please specify at least one region if overriding the default."
  }
}

variable "aws_config" {
  type = object({
    aggregator_account_ids          = optional(list(string), [])
    delivery_channel_s3_bucket_name = optional(string, null)
    delivery_channel_s3_key_prefix  = optional(string, null)
    delivery_frequency              = optional(string, "TwentyFour_Hours")
    rule_identifiers                = optional(list(string), [])
  })
  default = {
    aggregator_account_ids          = []
    delivery_channel_s3_bucket_name = null
    delivery_channel_s3_key_prefix  = null
    delivery_frequency              = "TwentyFour_Hours"
    rule_identifiers                = []
  }
  description = "AWS Config settings"

  validation {
    condition     = contains(["One_Hour", "Three_Hours", "Six_Hours", "Twelve_Hours", "TwentyFour_Hours"], var.aws_config.delivery_frequency)
    error_message = "The delivery frequency must be set to \"One_Hour\", \"Three_Hours\", \"Six_Hours\", \"Twelve_Hours\", or \"TwentyFour_Hours\"."
  }
}

variable "tags" {
  type        = map(string)
  default     = {}
  description = "Map of tags"
}

variable "aws_ebs_encryption_by_default" {
  type        = bool
  default     = true
  description = "Set to true to enable AWS Elastic Block Store encryption by default"
}

variable "offline_organization_account_ids" {
  type = list(string)
  description = "offline: stands for data.aws_organizations_organization.default.accounts[*].id"
}
