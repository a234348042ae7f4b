variable "sns_topics" {
  type = list(any)
}

variable "pagerduty_integration_key" {
  type = string
}
